package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.text.NamePipeline;
import org.tradeguard.text.Token;

/**
 * The signature tests rule pairs out only where the similarity they stand for is nothing: on real
 * list words (all scripts) against real list words and query-like spellings of them.
 */
class WordSignaturesTest {

    @Test
    void aPairRuledOutIsAPairThatDoesNotMeet() {
        NamePipeline pipeline = NamePipeline.standard();
        List<Entity> entities = BundledBackground.entities();
        SplittableRandom random = new SplittableRandom(20261124L);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        while (names.size() < 1500) {
            Entity e = entities.get(random.nextInt(entities.size()));
            List<String> all = new ArrayList<>(e.get(Prop.NAME));
            all.addAll(e.get(Prop.ALIAS));
            if (!all.isEmpty()) {
                names.add(all.get(random.nextInt(all.size())));
            }
        }
        List<Token> list = new ArrayList<>();
        List<Token> query = new ArrayList<>();
        for (String name : names) {
            list.addAll(pipeline.analyze(name).tokens());
            // query-like spellings: a letter dropped, two swapped
            String typo = name.length() > 4 ? name.substring(0, 2) + name.substring(3) : name;
            query.addAll(pipeline.analyze(typo).tokens());
            if (name.length() > 5) {
                query.addAll(pipeline.analyze(name.substring(0, 3) + name.charAt(4) + name.charAt(3) + name.substring(5)).tokens());
            }
        }
        query.addAll(list.subList(0, 800));
        list = list.subList(0, Math.min(list.size(), 2500));
        query = query.subList(0, Math.min(query.size(), 1200));
        WordSignatures ls = WordSignatures.of(list.toArray(new Token[0]), list.size());
        WordSignatures qs = WordSignatures.of(query.toArray(new Token[0]), query.size());
        long ruledOut = 0;
        long met = 0;
        for (int i = 0; i < query.size(); i++) {
            for (int j = 0; j < list.size(); j++) {
                Token q = query.get(i);
                Token n = list.get(j);
                float byKey = TokenSimilarity.byKey(q, n);
                if (!TokenSimilarity.mayMeetByKey(qs, i, ls, j)) {
                    ruledOut++;
                    assertThat(byKey).as("%s / %s ruled out", q, n).isZero();
                }
                float s = TokenSimilarity.asWrittenToo(q, n, byKey);
                if (!TokenSimilarity.mayMeetAsWritten(qs, i, ls, j, byKey)) {
                    assertThat(s).as("%s / %s as written ruled out", q, n).isEqualTo(byKey);
                }
                if (s > 0f) {
                    met++;
                }
            }
        }
        // the test means something: most pairs are ruled out, and some meet
        assertThat(ruledOut).isGreaterThan((long) query.size() * list.size() / 2);
        assertThat(met).isGreaterThan(1000);
    }
}
