package org.tradeguard.controls.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.model.trade.Licence;

/** Licences in a JSON file ({@code licences.json}); a use is read-check-write under the file's locks. */
public final class JsonFileLicenceRegistry implements LicenceRegistry {
    private final JsonFile file;

    public JsonFileLicenceRegistry(Path file) {
        this.file = new JsonFile(file);
    }

    private Licence read(JsonNode n, int i) {
        return TradeJson.licence(file.path() + "#" + i, n);
    }

    private int indexOf(ArrayNode a, String number) {
        for (int i = 0; i < a.size(); i++) {
            if (number.equals(a.get(i).path("number").asText())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void add(Licence licence) {
        file.update(a -> {
            if (indexOf(a, licence.number()) >= 0) {
                throw new DuplicateException("licence " + licence.number() + " is already on file");
            }
            a.add(JsonFile.tree(TradeJson.licence(licence)));
            return Boolean.TRUE;
        });
    }

    @Override
    public Optional<Licence> find(String number) {
        ArrayNode a = file.read();
        int i = indexOf(a, number);
        return i < 0 ? Optional.empty() : Optional.of(read(a.get(i), i));
    }

    @Override
    public List<Licence> list() {
        ArrayNode a = file.read();
        List<Licence> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(read(a.get(i), i));
        }
        out.sort(Comparator.comparing(Licence::number));
        return out;
    }

    @Override
    public Use use(String number, BigDecimal quantity, BigDecimal value) {
        return file.update(a -> {
            int i = indexOf(a, number);
            if (i < 0) {
                return new Use.NotFound(number);
            }
            Licence l = read(a.get(i), i);
            if (!l.fits(quantity, value)) {
                return new Use.Insufficient(l);
            }
            Licence after = l.used(quantity, value);
            a.set(i, JsonFile.tree(TradeJson.licence(after)));
            return new Use.Used(after);
        });
    }

    @Override
    public void release(String number, BigDecimal quantity, BigDecimal value) {
        file.update(a -> {
            int i = indexOf(a, number);
            if (i >= 0) {
                Licence l = read(a.get(i), i);
                a.set(i, JsonFile.tree(TradeJson.licence(l.used(quantity == null ? null : quantity.negate(),
                        value == null ? null : value.negate()))));
            }
            return Boolean.TRUE;
        });
    }
}
