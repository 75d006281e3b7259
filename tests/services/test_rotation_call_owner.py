"""A customer who called in is the answering consultant's: the rotation proposes them."""

from __future__ import annotations

from reception_desk.domain.rotation import AssignMode
from reception_desk.services.context import Services
from tests.services.hotline_helpers import PHONE, add_consultant, call_form


def test_a_call_owner_receives_the_customer_when_they_come(services: Services, clock) -> None:
    chen = add_consultant(services, "陈静", "XS101")
    liu = add_consultant(services, "刘洋", "XS102")
    services.calls.log_call(call_form(consultant_id=liu))

    clock.advance(days=2)
    for consultant in (chen, liu):
        services.rotation.sign_in(consultant)
    assert services.rotation.state().up() == chen
    proposal = services.rotation.propose(PHONE)
    assert proposal.consultant_id == liu
    assert proposal.mode is AssignMode.RETURNING

    # Seven days after the call the customer is back in the open pool: the turn decides.
    clock.advance(days=5, seconds=1)
    for consultant in (chen, liu):
        services.rotation.sign_in(consultant)
    proposal = services.rotation.propose(PHONE)
    assert proposal.consultant_id == chen
    assert proposal.mode is AssignMode.TURN
