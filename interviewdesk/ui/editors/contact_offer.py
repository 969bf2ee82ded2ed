"""Offering the contact details found in an imported CV: one tick box per value found,
ticked at first only where the field is still empty, and nothing used until the user
says so (a wrong guess in the contact fields sends a letter to the wrong person)."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.cv_contacts import Offer
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, make_muted


class ContactOfferDialog(QDialog):
    """Shows ``offers`` found in the file ``filename``; :meth:`chosen` gives the ticked
    values. ``apply_text`` names what the accept button does (fill in the form, or
    save to the candidate)."""

    def __init__(self, offers: list[Offer], filename: str, intro: str, apply_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact details in the CV"))
        self.setMinimumWidth(440)
        self.offers = list(offers)
        self.boxes: dict[str, QCheckBox] = {}
        labels = dict(zip(("name", "email", "phone", "city"),
                          (self.tr("Name"), self.tr("Email"), self.tr("Phone"),
                           self.tr("City")), strict=True))

        heading = QLabel(self.tr("Found in “{file}”:").format(file=filename))
        heading.setWordWrap(True)
        explanation = make_muted(QLabel(intro))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(heading)
        layout.addSpacing(SPACING_SMALL)
        for offer in self.offers:
            box = QCheckBox(self.tr("{field}: {value}").format(field=labels[offer.field],
                                                               value=offer.value))
            box.setChecked(offer.ticked)
            box.setObjectName(f"offer_{offer.field}")
            self.boxes[offer.field] = box
            layout.addWidget(box)
            if offer.current.strip():
                now = make_muted(QLabel(self.tr("now: {value}").format(value=offer.current)))
                now.setIndent(box.sizeHint().height() + SPACING_SMALL)
                now.setWordWrap(True)
                layout.addWidget(now)
        layout.addSpacing(SPACING)
        layout.addWidget(explanation)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(apply_text,
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(self.tr("Skip"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addSpacing(SPACING)
        layout.addWidget(self.buttons)
        self.apply_button.setDefault(True)
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            first.setFocus()

    def chosen(self) -> dict[str, str]:
        """The ticked values, field → value."""
        return {offer.field: offer.value for offer in self.offers
                if self.boxes[offer.field].isChecked()}


def offer_contacts(parent: QWidget | None, offers: list[Offer], filename: str, intro: str,
                   apply_text: str) -> dict[str, str]:
    """Ask which of ``offers`` to use; the ticked values ({} if skipped or none)."""
    if not offers:
        return {}
    dialog = ContactOfferDialog(offers, filename, intro, apply_text, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return {}
        return dialog.chosen()
    finally:
        dialog.deleteLater()
