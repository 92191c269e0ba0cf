"""Document kinds: one module per kind, each with KIND, WEIGHT, NO_PII_OK and build(ctx)."""

from __future__ import annotations

from types import ModuleType

from . import (
    call_transcript,
    contact_details,
    contract,
    cv,
    data_export,
    delivery_note,
    ecommerce_order,
    email,
    group_chat,
    hr_note,
    insurance_claim,
    invoice,
    legal_notice,
    medical_record,
    meeting_minutes,
    police_report,
    quick_email,
    registration_form,
    school_note,
    sms,
    social_post,
    support_chat,
    tech_log,
    ticket,
    travel_booking,
)

MODULES: tuple[ModuleType, ...] = (
    email,
    support_chat,
    medical_record,
    hr_note,
    invoice,
    contract,
    cv,
    police_report,
    ecommerce_order,
    tech_log,
    registration_form,
    social_post,
    sms,
    meeting_minutes,
    insurance_claim,
    school_note,
    delivery_note,
    ticket,
    travel_booking,
    legal_notice,
    call_transcript,
    group_chat,
    quick_email,
    data_export,
    contact_details,
)
KINDS: dict[str, ModuleType] = {m.KIND: m for m in MODULES}
