package org.tradeguard.matching;

/**
 * Romanised Russian adjectives of places against the places, as one authority writes a name that
 * the other translates: "Kazanskiy Zavod" / "Kazan Plant", "Baltiyskaya Promishlennaya Kompaniya"
 * / "Baltic Industrial Company", "Samarskiy" / "Samara", "Omskiy" / "Omsk". The scorer pairs such
 * words ({@link #meet}, {@code NameScorer.PLACE_ADJECTIVE}); the candidate index finds them by a
 * shared root ({@link #root}, {@link #placeRoots}).
 */
final class PlaceAdjectives {
    private PlaceAdjectives() {}

    /** Shortest root: below four letters a place root is any word's beginning ("Perm" is not "Peru"). */
    static final int MIN_ROOT = 4;

    /** Whether one of the two word keys is a place adjective ({@link #isAdjectiveOf}) of the other. */
    static boolean meet(String a, String b) {
        return isAdjectiveOf(a, b) || isAdjectiveOf(b, a);
    }

    /**
     * Whether {@code adjective} is the adjective of {@code place}: the place is the adjective
     * without -sk- and its ending (Kazan, Perm; {@link #MIN_ROOT} letters at least), with -sk-
     * (Omsk, Bryansk, Votkinsk) or an a (Samara, Tula: a place of four letters at least), with an
     * s (Urals), or its English adjective in -ic (Baltiyskaya / Baltic).
     */
    static boolean isAdjectiveOf(String adjective, String place) {
        String base = base(adjective);
        return base != null && baseOf(base, place);
    }

    /**
     * {@link #isAdjectiveOf} for an adjective's {@link #base} found once ({@code PreparedName}
     * keeps it per word): no allocation, and most pairs end at the first letter.
     */
    static boolean baseOf(String base, String place) {
        if (place.isEmpty() || base.isEmpty() || base.charAt(0) != place.charAt(0)) {
            return false;
        }
        if (place.length() >= MIN_ROOT && (place.equals(base + "sk") || place.equals(base + "a"))) {
            return true; // (also a base of three letters: "Tulskiy" / "Tula")
        }
        if (base.length() < MIN_ROOT || !place.startsWith(base.substring(0, base.length() - 2))) {
            return false; // (most pairs end here)
        }
        return place.equals(base) || place.equals(base + "a") || place.equals(base + "s")
                || place.equals(withoutI(base) + "ic")
                // g becomes zh before -sk-: Kaluga / Kaluzhskiy, Riga / Rizhskiy
                || base.endsWith("zh") && place.equals(base.substring(0, base.length() - 2) + "ga");
    }

    /** The base without its final i or y, and an i or y before it ("baltiy" -> "balt"). */
    private static String withoutI(String base) {
        int end = base.length();
        while (end > 0 && (base.charAt(end - 1) == 'y' || base.charAt(end - 1) == 'i') && base.length() - end < 2) {
            end--;
        }
        return base.substring(0, end);
    }

    /**
     * The adjective without -sk- and a Russian adjective ending ("kazanskiy" -> "kazan", "omskiy" ->
     * "om"; {@link org.tradeguard.text.NamePipeline#russianAdjectiveStem}), else null.
     */
    static String base(String word) {
        String stem = org.tradeguard.text.NamePipeline.russianAdjectiveStem(word, 4);
        return stem != null && stem.endsWith("sk") ? stem.substring(0, stem.length() - 2) : null;
    }

    /**
     * The root a place adjective shares with its place, for the candidate index: the base without
     * a final iy, y or i ("baltiyskaya" -> "balt", "kazanskiy" -> "kazan"), of {@link #MIN_ROOT}
     * letters at least; else null.
     */
    static String root(String word) {
        String base = base(word);
        if (base == null) {
            return null;
        }
        String r = withoutI(base);
        return r.length() >= MIN_ROOT ? r : null;
    }

    /**
     * The roots a place name may share with its adjective ({@link #root}): the word itself, and
     * without a final -sk, -a, -s or -ic ("bryansk" -> "bryan", "samara" -> "samar", "baltic" ->
     * "balt"), of {@link #MIN_ROOT} letters at least. At most two.
     */
    static String[] placeRoots(String word) {
        String cut = null;
        if (word.endsWith("sk") || word.endsWith("ic")) {
            cut = word.substring(0, word.length() - 2);
        } else if (word.endsWith("a") || word.endsWith("s")) {
            cut = word.substring(0, word.length() - 1);
        }
        boolean whole = word.length() >= MIN_ROOT;
        boolean part = cut != null && cut.length() >= MIN_ROOT;
        return whole && part ? new String[] {word, cut} : whole ? new String[] {word} : part ? new String[] {cut} : NONE;
    }

    private static final String[] NONE = {};
}
