package org.tradeguard.controls;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad transaction files: the error names the file and the JSON path of the field. */
class TransactionReaderTest {

    private static final String OK_PARTY = "{\"id\":\"a\",\"roles\":[\"end_user\"],\"name\":\"A\"}";
    private static final String ROUTE = "\"route\":{\"export_country\":\"us\",\"destination\":\"ca\"}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"x\",\"date\":\"2024-02-30\",\"parties\":[" + OK_PARTY + "]," + ROUTE + "}|t.json: $.date: expected a date YYYY-MM-DD, got \"2024-02-30\"",
        "{\"id\":\"x\",\"date\":\"2024-02-01\",\"parties\":[" + OK_PARTY + "],\"items\":[{\"id\":\"i\",\"value\":-1}]," + ROUTE + "}|t.json: $.items[0].value: must not be negative",
        "{\"id\":\"x\",\"date\":\"2024-02-01\",\"parties\":[{\"id\":\"a\",\"roles\":[\"buyer\"],\"name\":\"A\"}]," + ROUTE + "}|t.json: $.parties[0].roles: unknown role \"buyer\"",
        "{\"id\":\"x\",\"date\":\"2024-02-01\",\"parties\":[" + OK_PARTY + "],\"route\":{\"export_country\":\"us\",\"destination\":\"Atlantis\"}}|t.json: $.route.destination: unknown country \"Atlantis\"",
        "{\"id\":\"x\",\"date\":\"2024-02-01\",\"parties\":[" + OK_PARTY + "]," + ROUTE + ",\"colour\":1}|t.json: $.colour: unknown field",
        "{\"id\":\"x\",\"date\":\"2024-02-01\",\"parties\":[{\"id\":\"a\",\"roles\":[\"end_user\"],\"name\":\"A\",\"owners\":[{\"owner\":\"zz\",\"percent\":60}]}]," + ROUTE + "}|t.json: $: party a names unknown owner zz",
        "{\"id\":\"x\",\"date\":\"2024-02-01\",\"parties\":[" + OK_PARTY + "],\"items\":[{\"id\":\"i\",\"hs_code\":\"84A1\"}]," + ROUTE + "}|t.json: $.items[0].hs_code: \"84A1\" is not an HS code",
        "{\"id\":\"x\",\"date\":\"2024-02-01\"|t.json: not valid JSON at line 1",
    })
    void namesTheField(String json, String message) {
        assertThatThrownBy(() -> TradeJson.transaction("t.json", json)).isInstanceOf(BadTradeDataException.class).hasMessageStartingWith(message);
    }
}
