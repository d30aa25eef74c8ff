package org.tradeguard.text;

/**
 * A consonant skeleton that survives romanisation differences and scripts without short vowels:
 * Arabic "mhmd" (from محمد), "Muhammad" and "Mohamed" all give {@code mmt}; "Qaddafi" and
 * "Kadhafi" give {@code ktf}; Korean "gim"/"Kim" give {@code km}.
 *
 * <p>Rules, in order: digraphs (ph->f, kh->h, gh->g, dh->d, th->t, sh->s, ch->c, ck->k, ts->s,
 * zh->j), letter classes (x->ks; q,c,g,k->k, but c before e/i/y->s; z,s->s; f,v,w->f ("Kadyroff"/"Kadyrov"); p,b->b; d,t->t;
 * j and an initial y before a vowel ->j), vowels and h after the first letter dropped,
 * adjacent equal letters collapsed ("hammad" -> hmt, "mamed" -> mmt). Digits are kept. A token of only vowels keeps its first letter so the
 * skeleton is never empty.
 */
public final class Phonetics {
    private Phonetics() {}

    public static String skeleton(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char m;
            if (next == 'h' && (c == 'p' || c == 'k' || c == 'g' || c == 'd' || c == 't' || c == 's' || c == 'c' || c == 'z')) {
                m = switch (c) {
                    case 'p' -> 'f'; // ph
                    case 'k' -> 'h';
                    case 'g' -> 'k';
                    case 'd' -> 't';
                    case 't' -> 't';
                    case 's' -> 's';
                    case 'c' -> 's';
                    default -> 'j'; // zh
                };
                i++;
            } else if (c == 'c' && next == 'k') {
                m = 'k';
                i++;
            } else if (c == 't' && next == 's') {
                m = 's';
                i++;
            } else {
                m = switch (c) {
                    case 'a', 'e', 'i', 'o', 'u', 'y' -> (c == 'y' && i == 0 && next != 0 && isVowel(next)) ? 'j' : 0;
                    // a c before e, i or y sounds s in French and Spanish spellings: "Belgacem" (بلقاسم), "Hocine"
                    case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                    case 'q', 'g', 'k' -> 'k';
                    case 'z', 'x', 's' -> 's';
                    case 'w', 'v', 'f' -> 'f';
                    case 'p', 'b' -> 'b'; // Korean ㅂ: "Pyong"/"Byeong"
                    case 'd', 't' -> 't'; // "Ahmed"/"Ahmet", Korean ㄷ
                    case 'h' -> i == 0 ? 'h' : 0;
                    default -> c;
                };
            }
            if (c == 'x') {
                // x sounds as ks: "Alexander" meets "Aleksandr"
                if (prev != 'k') {
                    out.append('k');
                }
                out.append('s');
                prev = 's';
                continue;
            }
            if (m != 0 && m != prev) {
                out.append(m);
            }
            prev = m; // a dropped vowel separates letters: "mm" collapses, "m-a-m" does not
        }
        if (out.isEmpty() && n > 0) {
            out.append(s.charAt(0));
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
