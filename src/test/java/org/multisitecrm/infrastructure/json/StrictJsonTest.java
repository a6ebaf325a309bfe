package org.multisitecrm.infrastructure.json;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    @Test
    void oneValueAndNothingAfterIt() {
        JsonObject value = StrictJson.parse(" {\"a\":[1,{\"b\":\"}{\"}]} \n", "params", 8).asJsonObject();
        assertEquals("}{", value.getJsonArray("a").getJsonObject(1).getString("b"), "brackets inside strings do not count");
        assertTrue(message("{}{}").contains("text after its JSON value"));
        assertTrue(message("{} x").contains("text after"));
        assertTrue(message("[1]]").contains("text after"));
    }

    @Test
    void nestingIsBoundedBeforeTheParserRecurses() {
        assertEquals(3, StrictJson.parse("[[[]]]", "params", 3).asJsonArray().size() + 2);
        assertTrue(message("[[[[]]]]", 3).contains("deeper than 3"));
        assertTrue(message("[".repeat(100_000), 32).contains("deeper than 32"));
    }

    @Test
    void noNulInKeysOrStrings() {
        assertTrue(message("{\"a\":\"x\\u0000y\"}").contains("NUL"));
        assertTrue(message("{\"a\\u0000\":1}").contains("NUL"));
        assertTrue(message("[[\"\\u0000\"]]").contains("NUL"));
        assertEquals("\\u0000", StrictJson.parse("[\"\\\\u0000\"]", "p", 4).asJsonArray().getString(0), "an escaped backslash is text");
    }

    @Test
    void invalidOrEmptyTextNamesTheParameter() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> StrictJson.parse("{'a':1}", "calls", 8));
        assertTrue(invalid.getMessage().startsWith("calls"), invalid.getMessage());
        assertTrue(message("   ").contains("empty"));
    }

    private static String message(String text) {
        return message(text, 8);
    }

    private static String message(String text, int depth) {
        return assertThrows(InvalidInput.class, () -> StrictJson.parse(text, "params", depth)).getMessage();
    }
}
