"""Business cards (DESIGN §5): my own card (vCard, QR code, layouts, print sheets) and scanning received cards
(image loading, offline text recognition, classification of the recognised lines, saving as a contact)."""
