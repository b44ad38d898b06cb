"""DataBus.publish: the one place a write's Changes becomes page refreshes (issue 18)."""

from app.core.changes import KINDS, NOTHING, Changes


def test_publish_emits_exactly_the_signals_of_what_changed(qapp):
    from app.ui.context import DataBus

    bus = DataBus()
    seen: list[str] = []
    for kind in KINDS:
        getattr(bus, f"{kind}_changed").connect(lambda kind=kind: seen.append(kind))
    bus.data_reset.connect(lambda: seen.append("reset"))
    values = []
    bus.changed.connect(values.append)
    change = Changes.of("interactions", "followups", contact_ids=[3])
    bus.publish(change)
    assert sorted(seen) == ["contacts", "followups", "interactions"] and values == [change]
    seen.clear()
    bus.publish(NOTHING)
    assert seen == []
    bus.publish(Changes.all())
    assert seen == ["reset"]
