"""The identifier stripper: every kind and format, what it keeps, placeholders, bad input."""

from __future__ import annotations

import pytest

from handlers.scrub import Finding, ScrubResult, scrub
from tests.scrub_helpers import assert_scrubs_in_linear_time, scrub_seconds

# (message, identifier that must go, kind it is reported as). Written for these tests, in several
# styles; none is taken from the development set.
CASES = [
    # phones: Dutch, Belgian, international, split every way
    ("bel me op 06-41223344 na vijven", "06-41223344", "phone"),
    ("mijn nummer is 06 41 22 33 44", "06 41 22 33 44", "phone"),
    ("nummer: 0641223344, alleen appen", "0641223344", "phone"),
    ("bereikbaar via (020) 555 1234 overdag", "(020) 555 1234", "phone"),
    ("vast nummer 0513-987654 graag", "0513-987654", "phone"),
    ("you can call +44 7700 900123 any time", "+44 7700 900123", "phone"),
    ("whatsapp +31 (0)6 4122 3344 aub", "+31 (0)6 4122 3344", "phone"),
    ("bel 0031 6 41223344 maar", "0031 6 41223344", "phone"),
    ("mijn gsm is 0478 12 34 56 hoor", "0478 12 34 56", "phone"),
    ("of op 09 223 45 67 in Gent", "09 223 45 67", "phone"),
    ("call me on 06.4122.3344 tonight", "06.4122.3344", "phone"),
    ("mijn telefoon +32 478 12 34 56 staat aan", "+32 478 12 34 56", "phone"),
    # e-mail, also obfuscated
    ("mail naar pieter.v@voorbeeld.nl graag", "pieter.v@voorbeeld.nl", "email"),
    ("Mail: LISA_2009@EXAMPLE.ORG", "LISA_2009@EXAMPLE.ORG", "email"),
    ("mijn mail is jan punt deboer at gmail punt com", "jan punt deboer at gmail punt com", "email"),
    ("stuur naar kim[at]mail.nl aub", "kim[at]mail.nl", "email"),
    ("reach me at tom (at) example (dot) com", "tom (at) example (dot) com", "email"),
    # names by gazetteer and by context
    ("mijn dochter Fleur is 12 en ze wordt gepest", "Fleur", "name"),
    ("hoi ik ben jasper en ik ben 15", "jasper", "name"),
    ("ik heet roos en ik weet niet wat ik moet doen", "roos", "name"),
    ("Mijn naam is Pieter van der Linden.", "Pieter van der Linden", "name"),
    ("Hoi Mirjam, bedankt voor gisteren.", "Mirjam", "name"),
    ("mijn man Hendrik kijkt dingen op zijn telefoon", "Hendrik", "name"),
    ("My stepdad Gary keeps coming into my room", "Gary", "name"),
    ("I'm Olivia and I'm 16", "Olivia", "name"),
    ("hello, my name is Daniel Cooper and I need advice", "Daniel Cooper", "name"),
    ("onze buurman meneer Bakker geeft snoep aan kinderen", "meneer Bakker", "name"),
    ("Rekening op naam van P. de Wit staat erbij", "P. de Wit", "name"),
    ("Met vriendelijke groet,\n\nAnnemiek Schouten\nOrthopedagoog", "Annemiek Schouten", "name"),
    ("Thanks for listening.\n\nKind regards,\nHelen", "Helen", "name"),
    ("Groetjes,\nTess (15)", "Tess", "name"),
    # addresses and postcodes
    ("hij woont op de Populierenlaan 17 in ons dorp", "Populierenlaan 17", "address"),
    ("adres: Julianastraat 4-B, graag discreet", "Julianastraat 4-B", "address"),
    ("post naar Oude Gracht 112bis? nee, Oudegracht 112", "Oudegracht 112", "address"),
    ("I live at 22 Baker Street in London", "22 Baker Street", "address"),
    ("ik woon op de Kerkstraat 12 bus 3, 9000 Gent", "Kerkstraat 12 bus 3", "address"),
    ("postcode 1017 CT, Amsterdam", "1017 CT", "postcode"),
    ("wij wonen in 6511mn", "6511mn", "postcode"),
    ("ik woon op de Kerkstraat 12 bus 3, 9000 Gent", "9000", "postcode"),
    # IBAN and BSN
    ("maak het over naar NL91ABNA0417164300 vandaag", "NL91ABNA0417164300", "iban"),
    ("rekening NL91 ABNA 0417 1643 00 graag", "NL91 ABNA 0417 1643 00", "iban"),
    ("Belgisch: BE68 5390 0754 7034 is het", "BE68 5390 0754 7034", "iban"),
    ("mijn bsn is 111222333", "111222333", "bsn"),
    ("BSN 123.456.789 (klopt misschien niet)", "123.456.789", "bsn"),
    ("burgerservicenummer: 1234 56 782", "1234 56 782", "bsn"),
    # dates of birth
    ("ik ben geboren op 7 september 2008", "7 september 2008", "birthdate"),
    ("Peter (geb. 03-05-1979) is mijn oom", "03-05-1979", "birthdate"),
    ("DOB: 2001-11-30", "2001-11-30", "birthdate"),
    ("born on March 3, 2010 so I'm a minor", "March 3, 2010", "birthdate"),
    # IP addresses
    ("mijn ip is 84.22.101.7 toch?", "84.22.101.7", "ip"),
    ("ipv6 fe80::1ff:fe23:4567:890a zegt mijn router", "fe80::1ff:fe23:4567:890a", "ip"),
    # links with a path or query
    (
        "zie https://social.example.com/users/jannie_v?tab=posts",
        "https://social.example.com/users/jannie_v?tab=posts",
        "url",
    ),
    ("zijn profiel: www.facebook.com/henk.devries.5", "www.facebook.com/henk.devries.5", "url"),
    ("kijk op youtube.com/@kanaalvanmij voor de video", "youtube.com/@kanaalvanmij", "url"),
    # usernames and handles
    ("hij heet @luuk_de_man op insta", "@luuk_de_man", "username"),
    ("mijn snap is zonnebloem", "zonnebloem", "username"),
    ("discord: ghostrider#0042", "ghostrider#0042", "username"),
    ("add me on snapchat: stille.storm", "stille.storm", "username"),
    ("zijn tiktok is kevintje2008", "kevintje2008", "username"),
    # licence plates, every sidecode shape
    ("kenteken 12-ABC-3 reed weg", "12-ABC-3", "plate"),
    ("een auto met GZ-123-K", "GZ-123-K", "plate"),
    ("het busje 4-TFL-22 stond er", "4-TFL-22", "plate"),
    ("nummerbord was 99-XX-99", "99-XX-99", "plate"),
    ("kenteken: hx 123 b", "hx 123 b", "plate"),
    # organisations that point to a person
    ("ik zit op het Zonnewijzer College in 2 vwo", "Zonnewijzer College", "organisation"),
    ("trainer van voetbalvereniging De Blauwe Vogels", "voetbalvereniging De Blauwe Vogels", "organisation"),
    ("hij is leider bij scouting Sint Joris", "scouting Sint Joris", "organisation"),
    ("mijn zoon zit op de Mariaschool", "Mariaschool", "organisation"),
    ("ik werk bij Jansen Installatietechniek", "Jansen Installatietechniek", "organisation"),
]


@pytest.mark.parametrize(("text", "identifier", "kind"), CASES)
def test_each_kind_and_format_is_removed_and_reported(text: str, identifier: str, kind: str) -> None:
    result = scrub(text)
    assert identifier.casefold() not in result.text.casefold(), result.text
    start = text.index(identifier)
    covering = [f for f in result.findings if f.start <= start and start + len(identifier) <= f.end]
    assert covering, result.findings
    assert covering[0].kind == kind


KEEP = [
    "ik ben 15 jaar en iemand op Snapchat heeft foto's van mij",
    "mijn broer van 19 zit veel op Discord met jongens van 13 en 14",
    "Mijn huisarts weet het niet. Moet ik naar de politie of naar Veilig Thuis?",
    "ik heb 113 gebeld en 0800-0113 ook, nu wil ik met jullie praten",
    "Gisteravond om 22:30 zag ik iets op zijn laptop. Hij woont in Utrecht.",
    "Will you help me? May I ask something? I hope so.",
    "Ik hoop dat het goed komt. Hoop doet leven. Ik ben bang.",
    "Mijn zoon (14) zit op de basisschool in groep 8 en mijn dochter is 6",
    "I'm 34, married, two kids, and my therapist told me to contact you on Thursday.",
    "De GGZ en de reclassering helpen, maar de wachtlijst is vier maanden.",
    "Het gebeurde in 2019 en ik was toen 12. Nu ben ik 17.",
    "we zijn onderweg 20 minuten en halfweg 3 keer gestopt",
    "hij heeft 1500 euro gevraagd en ik heb 250 betaald",
    "Ik woon in Gent en werk in Antwerpen, mijn vrouw weet van niks",
    "op Telegram, WhatsApp en Instagram stuurt hij berichten",
]


@pytest.mark.parametrize("text", KEEP)
def test_what_a_counsellor_needs_is_kept(text: str) -> None:
    assert scrub(text).text == text


def test_same_identifier_gets_same_number_and_others_count_up() -> None:
    text = "Milan zegt dat Milan bang is. Daarna belde Sophie, en 06-41223344 of 06-41223344."
    out = scrub(text, "nl").text
    assert (
        out == "[naam 1] zegt dat [naam 1] bang is. Daarna belde [naam 2], en [telefoonnummer 1] of "
        "[telefoonnummer 1]."
    )


def test_placeholders_are_english_for_english_messages() -> None:
    out = scrub("Hi, my name is Olivia and my number is +44 7700 900123, please text me").text
    assert out == "Hi, my name is [name 1] and my number is [phone 1], please text me"
    assert scrub("mijn naam is Olivia", "en").text == "mijn naam is [name 1]"
    assert scrub("My name is Olivia", "nl").text == "My name is [naam 1]"


def test_every_placeholder_label() -> None:
    text = (
        "Mijn naam is Sanne de Vries, geboren 3 maart 2009, Kerkstraat 5, 1234 AB. Bel 0612345678 of mail "
        "s@example.nl. IBAN NL91ABNA0417164300, bsn 111222333, ip 10.1.2.3, https://x.example/u/s_v, "
        "@sanne_v, kenteken GZ-123-K, ik zit op het Zonnewijzer College."
    )
    out = scrub(text, "nl").text
    for label in (
        "naam",
        "geboortedatum",
        "adres",
        "postcode",
        "telefoonnummer",
        "e-mailadres",
        "iban",
        "bsn",
        "ip-adres",
        "link",
        "gebruikersnaam",
        "kenteken",
        "organisatie",
    ):
        assert f"[{label} 1]" in out, (label, out)
    out_en = scrub(text, "en").text
    for label in (
        "name",
        "date of birth",
        "address",
        "postcode",
        "phone",
        "email",
        "iban",
        "bsn",
        "ip address",
        "link",
        "username",
        "licence plate",
        "organisation",
    ):
        assert f"[{label} 1]" in out_en, (label, out_en)


def test_findings_point_into_the_original_and_carry_no_values() -> None:
    text = "ik ben Jasper, bel 06-41223344"
    result = scrub(text)
    assert isinstance(result, ScrubResult)
    assert [(f.kind, text[f.start : f.end]) for f in result.findings] == [
        ("name", "Jasper"),
        ("phone", "06-41223344"),
    ]
    assert all(isinstance(f, Finding) and set(vars(f)) == {"kind", "start", "end"} for f in result.findings)


STYLES = [
    # Flemish e-mail with signature
    "Dag,\n\nIk ben papa van twee kinderen en woon in Gent. De nieuwe vriend van mijn ex, Jens Peeters, "
    "stuurt berichtjes naar onze dochter Louise (12). Kan iemand mij terugbellen op 0478 12 34 56?\n\n"
    "Met vriendelijke groeten,\nKoen Vermeulen",
    # English e-mail
    "Hi there,\n\nMy name is Jake Thompson and I live at 14 Elm Road. I'm 34 and I need help. You can reach "
    "me on 07700 900123 or jake.t@mailbox.example.co.uk.\n\nThanks,\nJake",
    # lower-case chat
    "hoi ik ben lisa en ik ben 14. mn neef zn snap is jayjay2k9 en hij vraagt om fotos",
    # formal Dutch
    "Geachte heer/mevrouw,\n\nMijn buurvrouw mevrouw Jansen past op mijn kinderen. Haar man Piet vertrouw ik "
    "niet. Zij wonen op de Lindelaan 8, 3311 AB Dordrecht.\n\nHoogachtend,\nA. de Smet",
]
STYLE_KEEPS = [
    ["Gent", "papa van twee kinderen", "(12)"],
    ["I'm 34", "I need help"],
    ["ik ben 14", "mn neef", "snap", "fotos"],
    ["Dordrecht", "Mijn buurvrouw", "mijn kinderen"],
]
STYLE_IDENTIFIERS = [
    ["Jens Peeters", "Louise", "0478 12 34 56", "Koen Vermeulen"],
    ["Jake Thompson", "14 Elm Road", "07700 900123", "jake.t@mailbox.example.co.uk", "Jake"],
    ["lisa", "jayjay2k9"],
    ["mevrouw Jansen", "Piet", "Lindelaan 8", "3311 AB", "A. de Smet"],
]


@pytest.mark.parametrize(
    ("text", "identifiers", "keeps"), list(zip(STYLES, STYLE_IDENTIFIERS, STYLE_KEEPS, strict=True))
)
def test_messages_in_several_styles(text: str, identifiers: list[str], keeps: list[str]) -> None:
    out = scrub(text).text
    for ident in identifiers:
        assert ident not in out, (ident, out)
    for kept in keeps:
        assert kept in out, (kept, out)


def test_scrubbing_twice_changes_nothing_more() -> None:
    for text in STYLES + [c[0] for c in CASES] + KEEP:
        once = scrub(text).text
        assert scrub(once).text == once, once
        assert scrub(once).findings == ()


def test_new_identifiers_next_to_old_placeholders_count_on() -> None:
    out = scrub("[naam 1] zei dat Sophie het weet", "nl").text
    assert out == "[naam 1] zei dat [naam 2] het weet"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x02 bel 06-41223344 \x7f\x1b[31m",
        "lone \ud800 surrogate \udfff and 06-41223344",
        "Меня зовут Иван, мой номер 06-41223344. 我的名字是李伟. اسمي أحمد",
        "🙂🙂 ik ben Jasper 🙂",
    ],
)
def test_odd_input_gives_a_result(text: str) -> None:
    result = scrub(text)
    assert isinstance(result.text, str)
    assert "41223344" not in result.text


def test_wrong_type_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="str"):
        scrub(b"bytes")  # type: ignore[arg-type]


HOSTILE = [
    "a" * 1_000_000,
    "1" * 1_000_000,
    "1 " * 500_000,
    "a." * 500_000,
    "a_" * 500_000,
    "@" * 1_000_000,
    "a@" * 500_000,
    "aa punt " * 125_000,
    "Kerkstraat " * 90_000,
    "Jan " * 250_000,
    "school De " * 100_000,
    "http://" + "a/" * 500_000,
    "NL91 " * 200_000,
    "06-" * 330_000,
    "ik ben " * 140_000,
    "1.1.1." * 170_000,
    "::" * 500_000,
    "Jan-Willem " * 90_000,
    "m'n-x'y " * 125_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_one_megabyte_of_hostile_text_is_linear(text: str) -> None:
    assert_scrubs_in_linear_time(text)


def test_time_grows_linearly_with_size() -> None:
    unit = "Hoi, ik ben Sanne (15). Bel 06-41223344 of mail s@x.nl. Mijn zoon Daan zit op VV De Meeuwen. "
    t_small, t_big = scrub_seconds(unit * 200, unit * 2000)
    assert t_big < 30 * max(t_small, 0.002)
