"""Reading mail without servers: MIME and charsets, HTML made plain, only the new text kept,
RFC 3834 loop rules, thread ids, the [email] settings; and property tests that no mail, however
broken, crashes the parser."""
from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.settings import SettingsError, load_settings
from bot.store.crypto import Keyring
from channels.email import threads
from channels.email.clean import clean
from channels.email.config import load_email_settings
from channels.email.html_text import html_to_text
from channels.email.parse import ParsedMail, UnreadableMail, parse_mail

KEYRING = Keyring(bytes(range(32)), bytes(range(32, 64)))


# -- only the new text --------------------------------------------------------------------------
@pytest.mark.parametrize("mail", [
    "Ik heb een vraag.\n\nOp ma 1 dec. 2026 om 10:00 schreef Stop it Now <hulp@stopitnow.nl>:\n"
    "> oud\n> ouder",
    "Ik heb een vraag.\n\nOn Mon, Dec 1, 2026 at 10:00 AM Stop it Now <hulp@stopitnow.nl> wrote:\n> oud",
    "Ik heb een vraag.\nOn Mon, Dec 1, 2026 at 10:00 AM Stop it Now <\nhulp@stopitnow.nl> wrote:\noud",
    "Ik heb een vraag.\n\n-----Oorspronkelijk bericht-----\nVan: Stop it Now\nVerzonden: maandag\noud",
    "Ik heb een vraag.\n\n________________________________\nVan: Stop it Now <hulp@stopitnow.nl>\n"
    "Verzonden: maandag 1 december 2026 10:00\nAan: Jan\nOnderwerp: Re: vraag\n\noud",
    "Ik heb een vraag.\n\nFrom: Stop it Now <hulp@stopitnow.nl>\nSent: Monday\nTo: me\nSubject: x\n\noud",
    "Ik heb een vraag.\n\nMet vriendelijke groet,\n\nJan Jansen\nKerkstraat 1\n06-12345678",
    "Ik heb een vraag.\n\nGroetjes,\nJan",
    "Ik heb een vraag.\n\nKind regards,\nJohn Smith\nAcme Ltd.",
    "Ik heb een vraag.\n-- \nJan Jansen | Acme\nwww.acme.nl",
    "Ik heb een vraag.\n\nVerzonden vanaf mijn iPhone",
    "Ik heb een vraag.\n\nSent from my Galaxy",
    "Ik heb een vraag.\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde en kan "
    "vertrouwelijke informatie bevatten. Aan dit bericht kunnen geen rechten worden ontleend.",
    "Ik heb een vraag.\n\nThis e-mail and any attachments are confidential and intended solely for the "
    "addressee.\nIf you received this message in error, delete it.",
])
def test_only_the_new_text_goes_on(mail: str) -> None:
    assert clean(mail) == "Ik heb een vraag."


def test_interleaved_answers_are_kept_and_quotes_dropped() -> None:
    mail = ("On Mon, Sanne wrote:\n> Hoe gaat het?\nNiet zo goed eigenlijk.\n> Wil je bellen?\n"
            "Liever mailen.")
    assert clean(mail) == "Niet zo goed eigenlijk.\nLiever mailen."


def test_a_closing_word_in_the_middle_of_a_long_mail_keeps_the_rest() -> None:
    body = "Bedankt\n" + "\n".join(f"Regel {i} van mijn verhaal." for i in range(12))
    assert clean(body) == body


def test_html_is_made_plain_without_scripts_styles_or_quoted_history() -> None:
    html = ("<html><head><title>t</title><style>p{color:red}</style></head><body>"
            "<p>Hallo&nbsp;daar &amp; dank</p><script>alert('x')</script>"
            "<img src='https://tracker.example/p.gif'><ul><li>een</li><li>twee</li></ul>"
            "<div class='gmail_quote'>Op ma schreef X:<blockquote>oud</blockquote></div>"
            "<blockquote>ook oud</blockquote></body></html>")
    assert html_to_text(html) == "Hallo daar & dank\n\n- een\n- twee"


def test_outlook_html_reply_header_ends_the_new_text() -> None:
    html = ("<div>Nieuwe tekst</div><div id='appendonsend'></div><hr>"
            "<div id='divRplyFwdMsg'><b>Van:</b> Stop it Now</div><div>oud bericht</div>")
    assert html_to_text(html) == "Nieuwe tekst"


# -- MIME and charsets --------------------------------------------------------------------------
def _mail(body: bytes, ctype: str = "text/plain; charset=utf-8", cte: str = "8bit",
          extra: bytes = b"") -> bytes:
    return (b"From: Jan <jan@example.org>\r\nTo: hulp@stopitnow.test\r\nSubject: vraag\r\n" + extra
            + b"Content-Type: " + ctype.encode() + b"\r\nContent-Transfer-Encoding: " + cte.encode()
            + b"\r\n\r\n" + body)


@pytest.mark.parametrize(("raw", "expected"), [
    (_mail("Één vraag".encode("latin-1"), "text/plain; charset=iso-8859-1"), "Één vraag"),
    (_mail("Één vraag".encode(), "text/plain; charset=nonsense-42"), "Één vraag"),
    (_mail("Één vraag".encode("cp1252"), "text/plain; charset=utf-8"), "Één vraag"),
    (_mail("Één vraag".encode(), "text/plain"), "Één vraag"),
    (_mail(b"=C3=89=C3=A9n vraag", cte="quoted-printable"), "Één vraag"),
    (_mail(b"w4nDqW4gdnJhYWc=", cte="base64"), "Één vraag"),
    (_mail(b"<p>\xc3\x89\xc3\xa9n vraag</p>", "text/html; charset=utf-8"), "Één vraag"),
])
def test_any_charset_and_encoding_is_read(raw: bytes, expected: str) -> None:
    assert parse_mail(raw).text == expected


def test_plain_is_preferred_and_attachments_are_counted_not_read() -> None:
    m = EmailMessage()
    m["From"] = '"Jan Jansen" <Jan@Example.ORG>'
    m["Reply-To"] = "antwoord@example.org"
    m["Subject"] = "=?utf-8?q?Vraag_=C3=BCber?="
    m["Message-ID"] = "<m1@example.org>"
    m["References"] = "<a@x> <b@y>"
    m["In-Reply-To"] = "<b@y>"
    m.set_content("platte tekst")
    m.add_alternative("<p>html tekst</p>", subtype="html")
    m.add_attachment(b"\x89PNG...", maintype="image", subtype="png", filename="a.png")
    m.add_attachment(b"BEGIN:VCARD", maintype="text", subtype="vcard", filename="jan.vcf")
    inner = EmailMessage()
    inner["Subject"] = "doorgestuurd"
    inner.set_content("tekst van een ander")
    m.add_attachment(inner)
    parsed = parse_mail(m.as_bytes())
    assert parsed.text == "platte tekst"
    assert parsed.attachments == 3
    h = parsed.headers
    assert (h.sender, h.reply_to) == ("jan@example.org", "antwoord@example.org")
    assert h.message_id == "<m1@example.org>"
    assert h.references == ("<a@x>", "<b@y>")
    assert h.subject == "Vraag über"
    assert parsed.automatic is None


def test_long_text_is_cut_and_marked() -> None:
    parsed = parse_mail(_mail(b"woord " * 10000), max_text_chars=500)
    assert parsed.truncated and len(parsed.text) <= 500


@pytest.mark.parametrize("raw", [b"", b"   \r\n  "])
def test_nothing_at_all_is_unreadable(raw: bytes) -> None:
    with pytest.raises(UnreadableMail):
        parse_mail(raw)


# -- RFC 3834 -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("extra", "sender", "reason"), [
    (b"Auto-Submitted: auto-replied\r\n", "jan@example.org", "auto_submitted"),
    (b"Auto-Submitted: auto-generated; owner-email=x\r\n", "jan@example.org", "auto_submitted"),
    (b"Auto-Submitted: no\r\n", "jan@example.org", None),
    (b"Precedence: bulk\r\n", "jan@example.org", "bulk"),
    (b"Precedence: junk\r\n", "jan@example.org", "bulk"),
    (b"Precedence: list\r\n", "jan@example.org", "bulk"),
    (b"List-Id: <x.example.org>\r\n", "jan@example.org", "list"),
    (b"X-Autoreply: yes\r\n", "jan@example.org", "auto_submitted"),
    (b"Return-Path: <>\r\n", "jan@example.org", "bounce"),
    (b"", "MAILER-DAEMON@example.org", "daemon"),
    (b"", "postmaster@example.org", "daemon"),
    (b"", "no-reply@example.org", "daemon"),
    (b"", "noreply+abc@example.org", "daemon"),
    (b"", "donotreply@example.org", "daemon"),
    (b"", "hulp@stopitnow.test", "own"),
])
def test_machine_mail_is_recognised(extra: bytes, sender: str, reason: str | None) -> None:
    raw = _mail(b"tekst", extra=extra).replace(b"jan@example.org", sender.encode())
    assert parse_mail(raw, own_address="hulp@stopitnow.test").automatic == reason


def test_a_delivery_report_is_a_bounce() -> None:
    raw = _mail(b"--B\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--B--\r\n",
                "multipart/report; report-type=delivery-status; boundary=B")
    assert parse_mail(raw).automatic == "bounce"


# -- threads ------------------------------------------------------------------------------------
def test_our_message_id_leads_back_to_the_conversation_and_nothing_else_does() -> None:
    mid = threads.new_message_id("AbC_d-123456789012345", "stopitnow.test", KEYRING)
    assert mid.endswith("@stopitnow.test>")
    assert threads.conversation_from(["<x@y>", mid], "stopitnow.test", KEYRING) == "AbC_d-123456789012345"
    assert threads.conversation_from([mid], "example.org", KEYRING) is None
    other = Keyring(bytes(32), bytes(range(1, 33)))
    assert threads.conversation_from([mid], "stopitnow.test", other) is None
    forged = mid.replace("AbC_d-123456789012345", "ZZZ_d-123456789012345")
    assert threads.conversation_from([forged], "stopitnow.test", KEYRING) is None


@pytest.mark.parametrize(("subject", "expected"), [
    ("Vraag", "Re: Vraag"), ("Re: Vraag", "Re: Vraag"), ("AW: RE: Antw: Vraag", "Re: Vraag"),
    ("", "Stop it Now"), ("Re:", "Stop it Now"),
])
def test_reply_subjects(subject: str, expected: str) -> None:
    assert threads.reply_subject(subject, "Stop it Now") == expected


# -- settings -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("key", "value", "message"), [
    ("imap_port", 0, "email.imap_port"),
    ("imap_security", "ssl", "email.imap_security"),
    ("smtp_security", "plain", "email.smtp_security"),
    ("from_address", "not an address", "email.from_address"),
    ("imap_host", "", "email.imap_host"),
    ("poll_seconds", "often", "email.poll_seconds"),
    ("processed_folder", "INBOX", "email.processed_folder"),
    ("imap_password_file", "/nonexistent/secret", "email.imap_password_file"),
])
def test_bad_email_settings_name_the_key(key: str, value: object, message: str) -> None:
    good = {"email.enabled": True, "email.imap_host": "imap.example.org", "email.imap_user": "u",
            "email.smtp_host": "smtp.example.org", "email.from_address": "hulp@example.org"}
    # Checked when the configuration is loaded: a bad key stops start-up, naming the key.
    with pytest.raises(SettingsError, match=message.replace(".", r"\.")):
        load_settings(None, env={}, overrides={**good, f"email.{key}": value})


def test_password_from_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "imap.secret"
    secret.write_text("geheim wachtwoord\n")
    raw = load_settings(None, env={}, overrides={"email.imap_password_file": str(secret)}).raw
    assert load_email_settings(raw).imap_password == "geheim wachtwoord"


# -- nothing crashes ----------------------------------------------------------------------------
def _check(raw: bytes) -> None:
    try:
        parsed = parse_mail(raw)
    except UnreadableMail:
        return
    assert isinstance(parsed, ParsedMail) and isinstance(parsed.text, str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_parser(raw: bytes) -> None:
    _check(raw)


_PIECES = [b"From: ", b"a@b.nl", b"<x@y>", b"=?utf-8?q?=C3?=", b"=?bogus?B?////?=", b"Content-Type: ",
           b"multipart/mixed; boundary=", b"\"B\"", b"text/html", b"message/rfc822", b"charset=",
           b"utf-7", b"x-unknown", b"--B", b"--B--", b"\r\n", b"\n", b"\r\n\r\n", b": ", b";",
           b"Content-Transfer-Encoding: ", b"base64", b"quoted-printable", b"=ZZ", b"====", b"\xff\xfe",
           b"<p>", b"<blockquote>", b"</div>", b"&#99999999;", b"Content-Disposition: attachment",
           b"filename*=utf-8''%ZZ", b"Subject: ", b"References: ", b"Auto-Submitted: ", b">"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES) | st.binary(max_size=12), max_size=80))
def test_broken_mime_never_crashes_the_parser(pieces: list[bytes]) -> None:
    _check(b"".join(pieces))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252", "koi8-r"]),
       st.sampled_from(["text/plain", "text/html"]))
def test_any_text_survives_parsing(body: str, charset: str, subtype: str) -> None:
    m = EmailMessage()
    m["From"] = "jan@example.org"
    try:
        m.set_content(body, subtype=subtype.split("/")[1], charset=charset)
    except (UnicodeEncodeError, LookupError):
        return
    parsed = parse_mail(m.as_bytes())
    if subtype == "text/plain" and body.strip() and "\r" not in body and ">" not in body:
        # What the writer typed is not lost (cleaning only removes marked history/signatures).
        assert parsed.text or not clean(body)
