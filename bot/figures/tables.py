"""The figures as tables: one row per category, this period against the same period a year
earlier. Nothing here is suppressed yet; `publish` decides what may be shown."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.figures import categories as cat
from bot.figures.compute import Raw, codes, median, month_label, p90
from bot.figures.period import Period


@dataclass(frozen=True)
class Row:
    code: str | None  # the category's code (None: not registered), or the figure's name
    label: str
    now: float | None  # a count, or for measures a value in minutes (None: none measured)
    before: float | None
    n_now: int  # how many contacts the value rests on (for a count: itself)
    n_before: int
    measure: bool = False  # minutes, not a count: no share, shown only when n is large enough


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    rows: tuple[Row, ...]
    # Shares are of this base (e.g. all registrations); None: no share column.
    base: tuple[int, int] | None = None
    base_label: str = ""
    # The rows (nearly) add up to the base: a single hidden cell would follow from the total,
    # so a second one is hidden with it.
    exclusive: bool = False
    chart: str = "bars"  # "bars" (horizontal), "columns" (months) or "" (none)
    note: str = ""


@dataclass(frozen=True)
class Figures:
    period: Period
    previous: Period
    tables: tuple[Table, ...]

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


def _count_rows(rows: list[tuple[str | None, str]], now: Counter, before: Counter) -> tuple[Row, ...]:  # type: ignore[type-arg]
    return tuple(
        Row(code, label, now.get(code, 0), before.get(code, 0), now.get(code, 0), before.get(code, 0))
        for code, label in rows
    )


def _row(code: str, label: str, now: int, before: int) -> Row:
    return Row(code, label, now, before, now, before)


def build(period: Period, previous: Period, now: Raw, before: Raw) -> Figures:
    convs = (now.conversations_total, before.conversations_total)
    regs = (now.registrations, before.registrations)
    ch = cat.CHANNELS

    def by_code(
        key: str,
        title: str,
        known: tuple[tuple[str, str], ...],
        attr: str,
        *,
        unknown: bool = False,
        exclusive: bool = True,
        base: tuple[int, int] = regs,
        base_label: str = "registraties",
        note: str = "",
    ) -> Table:
        a, b = getattr(now, attr), getattr(before, attr)
        return Table(
            key,
            title,
            _count_rows(codes(known, a, b, unknown=unknown), a, b),
            base=base,
            base_label=base_label,
            exclusive=exclusive,
            note=note,
        )

    months = period.months()
    tables = [
        Table(
            "overzicht",
            "Overzicht",
            (
                _row("conversations", "Gesprekken (contactmomenten)", *convs),
                _row(
                    "messages_in",
                    "Berichten van hulpvragers",
                    sum(now.messages_in.values()),
                    sum(before.messages_in.values()),
                ),
                _row("replies_bot", "Antwoorden van de bot", now.replies_by["bot"], before.replies_by["bot"]),
                _row(
                    "replies_counsellor",
                    "Antwoorden van hulpverleners",
                    now.replies_by["counsellor"],
                    before.replies_by["counsellor"],
                ),
                _row("persons", "Unieke personen", now.persons_total, before.persons_total),
                _row(
                    "without_person",
                    "Gesprekken zonder persoonskenmerk",
                    now.without_person,
                    before.without_person,
                ),
                _row(
                    "out_of_hours", "Gesprekken buiten openingstijden", now.out_of_hours, before.out_of_hours
                ),
                _row(
                    "faq_answers",
                    "Automatische FAQ-antwoorden",
                    sum(now.faq.values()),
                    sum(before.faq.values()),
                ),
                _row("registrations", "Registraties", *regs),
                _row(
                    "callbacks_booked",
                    "Terug- en chatafspraken geboekt",
                    sum(now.callbacks_booked.values()),
                    sum(before.callbacks_booked.values()),
                ),
            ),
            chart="",
        ),
        by_code("kanalen", "Gesprekken per kanaal", ch, "conversations", base=convs, base_label="gesprekken"),
        by_code(
            "berichten_in",
            "Berichten van hulpvragers per kanaal",
            ch,
            "messages_in",
            base=(sum(now.messages_in.values()), sum(before.messages_in.values())),
            base_label="berichten",
        ),
        by_code(
            "berichten_uit",
            "Antwoorden per kanaal (bot en hulpverleners)",
            ch,
            "messages_out",
            base=(sum(now.messages_out.values()), sum(before.messages_out.values())),
            base_label="antwoorden",
        ),
        Table(
            "maanden",
            "Gesprekken per maand",
            tuple(
                _row(
                    f"{ym[0]}-{ym[1]:02d}", month_label(ym), now.months[ym], before.months[(ym[0] - 1, ym[1])]
                )
                for ym in months
            ),
            base=convs,
            base_label="gesprekken",
            exclusive=True,
            chart="columns",
        ),
        Table(
            "maanden_berichten",
            "Berichten van hulpvragers per maand",
            tuple(
                _row(
                    f"{ym[0]}-{ym[1]:02d}",
                    month_label(ym),
                    now.months_in[ym],
                    before.months_in[(ym[0] - 1, ym[1])],
                )
                for ym in months
            ),
            base=(sum(now.messages_in.values()), sum(before.messages_in.values())),
            base_label="berichten",
            exclusive=True,
            chart="columns",
        ),
        by_code(
            "personen",
            "Unieke personen per kanaal",
            ch,
            "persons",
            base=(now.persons_total, before.persons_total),
            base_label="personen",
            note="Per kalenderjaar geteld met een sleutel die elk jaar wordt vernietigd: wie in twee "
            "jaren schrijft, telt in elk jaar één keer. De webchat kent geen vaste afzender: "
            "die gesprekken staan in het overzicht als 'zonder persoonskenmerk'.",
        ),
        Table(
            "openingstijden",
            "Binnen en buiten openingstijden",
            (
                _row(
                    "open",
                    "Binnen openingstijden",
                    convs[0] - now.out_of_hours,
                    convs[1] - before.out_of_hours,
                ),
                _row("closed", "Buiten openingstijden", now.out_of_hours, before.out_of_hours),
            ),
            base=convs,
            base_label="gesprekken",
            exclusive=True,
        ),
        by_code("doelgroepen", "Doelgroepen", cat.TARGET_GROUPS, "target_group", unknown=True),
        by_code("redenen", "Reden van contact", cat.REASONS, "reason", unknown=True),
        by_code(
            "hulpaanbod",
            "Hulpaanbod en doorverwijzingen",
            cat.HELP_OFFERED,
            "help_offered",
            exclusive=False,
            note="Per registratie kunnen meerdere antwoorden gelden.",
        ),
        by_code("leeftijden", "Leeftijden (waar geregistreerd)", cat.AGE_BANDS, "age_band", unknown=True),
        by_code("gender", "Gender (waar geregistreerd)", cat.GENDERS, "gender", unknown=True),
        by_code(
            "platforms",
            "Genoemde platforms",
            cat.PLATFORMS,
            "platforms",
            exclusive=False,
            note="Per registratie kunnen meerdere platforms genoemd zijn.",
        ),
        by_code(
            "faq",
            "Automatische FAQ-antwoorden per vraag",
            _faq_titles(now.faq, before.faq),
            "faq",
            base=(sum(now.faq.values()), sum(before.faq.values())),
            base_label="antwoorden",
        ),
        by_code(
            "afspraken_geboekt",
            "Terug- en chatafspraken geboekt",
            cat.CALLBACK_KINDS,
            "callbacks_booked",
            base=(sum(now.callbacks_booked.values()), sum(before.callbacks_booked.values())),
            base_label="afspraken",
        ),
        by_code(
            "afspraken_gedaan",
            "Terug- en chatafspraken uitgevoerd",
            cat.CALLBACK_KINDS,
            "callbacks_done",
            base=(sum(now.callbacks_done.values()), sum(before.callbacks_done.values())),
            base_label="afspraken",
        ),
        Table(
            "wachttijd",
            "Wachttijd tot een hulpverlener (minuten)",
            (
                _row("queued", "Gesprekken in de wachtrij", now.queued, before.queued),
                _row(
                    "reached",
                    "Bereikt door een hulpverlener",
                    len(now.waits_minutes),
                    len(before.waits_minutes),
                ),
                Row(
                    "median",
                    "Mediaan",
                    median(now.waits_minutes),
                    median(before.waits_minutes),
                    len(now.waits_minutes),
                    len(before.waits_minutes),
                    measure=True,
                ),
                Row(
                    "p90",
                    "90e percentiel",
                    p90(now.waits_minutes),
                    p90(before.waits_minutes),
                    len(now.waits_minutes),
                    len(before.waits_minutes),
                    measure=True,
                ),
            ),
            chart="",
            note="Van het moment dat iemand in de wachtrij kwam tot het eerste bericht van een hulpverlener.",
        ),
    ]
    return Figures(period, previous, tuple(tables))


def _faq_titles(*counters: Counter[str]) -> tuple[tuple[str, str], ...]:
    """The FAQ ids answered, with their question as the label (the id when it has none)."""
    ids = sorted({k for c in counters for k in c})
    try:
        from bot.console.faq import title
    except ImportError:  # the FAQ texts are not there: the ids still count
        return tuple((i, i) for i in ids)
    return tuple((i, f"{title(i, 'nl')} ({i})") for i in ids)
