"""A process that writes contacts forever, printing each id after its transaction committed.

Used by the kill -9 and concurrency tests: python writer.py DATA_DIR [COUNT] [TAG]
"""

import sys
from pathlib import Path

from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.service import create_contact
from app.core.data.storage import open_store
from app.paths import resolve_paths


def main() -> int:
    paths = resolve_paths(Path(sys.argv[1])).ensure()
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
    tag = sys.argv[3] if len(sys.argv) > 3 else "w"
    open_store(paths)
    print("ready", flush=True)
    for n in range(count):
        contact = create_contact(
            ContactData(
                given_name=f"{tag}{n}",
                family_name="Writer",
                emails=[EmailEntry(f"{tag}{n}@example.com")],
                circles=["Friends"],
                notes="x" * (n % 500),
            )
        )
        print(contact.id, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
