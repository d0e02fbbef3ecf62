using Spreiding.Core.Publicatie;

namespace Spreiding.Tests.Publicatie;

public class CanoniekeJsonTests
{
    [Fact]
    public void Keys_are_sorted_ordinally_without_whitespace_and_arrays_keep_their_order()
    {
        var waarde = new Dictionary<string, object?>
        {
            ["b"] = new object?[] { 3, 1, 2 },
            ["a"] = null,
            ["B"] = true,
            ["ä"] = "x",
        };

        Assert.Equal("{\"B\":true,\"a\":null,\"b\":[3,1,2],\"ä\":\"x\"}", CanoniekeJson.Schrijf(waarde));
    }

    [Fact]
    public void Strings_escape_only_what_JSON_requires_and_non_ASCII_stays_itself_in_UTF8_without_BOM()
    {
        Assert.Equal("\"Fryslân \\\"x\\\" \\\\ \\n\\t\\u0001\"", CanoniekeJson.Schrijf("Fryslân \"x\" \\ \n\t\u0001"));
        Assert.Equal([0x22, 0xC3, 0xA2, 0x22], CanoniekeJson.Bytes("â"));
    }

    [Fact]
    public void Decimals_are_refused_so_that_no_binary_floating_point_reaches_the_hash()
    {
        Assert.Throws<ArgumentException>(() => CanoniekeJson.Schrijf(1.5m));
        Assert.Throws<ArgumentException>(() => CanoniekeJson.Schrijf(1.5d));
        Assert.Equal("18446744073709551615", CanoniekeJson.Schrijf(ulong.MaxValue));
    }

    [Fact]
    public void The_hash_is_SHA256_of_the_bytes_in_lower_case_hex()
    {
        // SHA-256("abc"), FIPS 180-2 test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CanoniekeJson.Sha256("abc"u8.ToArray()));
    }

    [Fact]
    public void Reading_canonical_text_back_and_writing_it_again_gives_the_same_text()
    {
        const string tekst = "{\"a\":[1,\"2\",null,true],\"b\":{\"c\":18446744073709551615,\"d\":-4}}";
        Assert.Equal(tekst, CanoniekeJson.Schrijf(CanoniekeLezer.Lees(tekst)));
    }

    [Fact]
    public void Line_ends_are_normalised_to_LF()
    {
        Assert.Equal("a\nb\nc\n", CanoniekeJson.Lf("a\r\nb\rc\n"));
    }
}
