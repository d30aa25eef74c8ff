package org.tradeguard.controls.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.model.trade.Euc;

/** End-user certificates in a JSON file ({@code eucs.json}). */
public final class JsonFileEucRegistry implements EucRegistry {
    private final JsonFile file;

    public JsonFileEucRegistry(Path file) {
        this.file = new JsonFile(file);
    }

    @Override
    public void add(Euc euc) {
        file.update(a -> {
            for (int i = 0; i < a.size(); i++) {
                if (euc.number().equals(a.get(i).path("number").asText())) {
                    throw new LicenceRegistry.DuplicateException("EUC " + euc.number() + " is already on file");
                }
            }
            a.add(JsonFile.tree(TradeJson.euc(euc)));
            return Boolean.TRUE;
        });
    }

    @Override
    public Optional<Euc> find(String number) {
        return list().stream().filter(e -> e.number().equals(number)).findFirst();
    }

    @Override
    public List<Euc> list() {
        ArrayNode a = file.read();
        List<Euc> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(TradeJson.euc(file.path() + "#" + i, a.get(i)));
        }
        out.sort(Comparator.comparing(Euc::number));
        return out;
    }
}
