"""The Contacts page's work on a selection: the list's context menu, the several-selected pane's buttons (add to or
remove from a circle, set the stage, merge two, trash, restore) and Export Selection… as a JSON file (a part of
:class:`app.ui.contacts.page.ContactsPage`). Every change is an undo command. The export is written on a worker
thread (a selection may be the whole list), through the atomic file writer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from app.core.contacts import lookup
from app.core.contacts.vocabulary import STAGES
from app.core.formats.exporters.files import write_atomically
from app.core.formats.exporters.json_export import contacts_as_dicts, write_json
from app.ui.contacts import commands
from app.ui.contacts.filters import colour_swatch
from app.ui.contacts.page_tr import page_tr
from app.ui.contacts.presentation import STAGE_LABELS
from app.ui.icons import ui_icon
from app.ui.widgets.modal import run_modal


class ContactBulkMenus:
    """Uses the page's ``view``, ``detail``, ``model``, ``ctx`` and its actions and trash."""

    def _tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """A plural form (%Ln) in the page's mixins' contexts (app.ui.contacts.page_tr)."""
        return page_tr(text, disambiguation, n)

    def _list_menu(self, pos) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        trash = self.model.filter.trash
        if trash:
            menu.addAction(ui_icon("restore"), self.tr("Restore"), self.restore_selected)
            menu.addAction(self.tr("Delete for good…"), self.delete_forever)
            menu.addSeparator()
            menu.addAction(self.tr("Empty trash…"), self.empty_trash)
        else:
            if len(ids) == 1:
                menu.addAction(ui_icon("log"), self.tr("Log interaction…"), lambda: self.log_interaction(ids[0]))
                menu.addAction(ui_icon("prep"), self.tr("Prepare for a meeting…"), lambda: self.prepare_meeting(ids[0]))
                menu.addAction(ui_icon("person-add"), self.tr("Ask for referrals…"), self.ask_referrals)
                menu.addSeparator()
            self._circle_menu(menu.addMenu(ui_icon("add"), self.tr("Add to circle")), ids)
            self._stage_menu(menu.addMenu(self.tr("Set stage")), ids)
            if len(ids) == 2:
                menu.addAction(
                    ui_icon("kind-introduction"), self.tr("Introduce these two…"), lambda: self.introduce(*ids)
                )
                menu.addAction(ui_icon("merge"), self.tr("Merge these two…"), lambda: self._bulk("merge"))
            menu.addAction(ui_icon("export"), self.tr("Export selection…"), self.export_selection)
            menu.addSeparator()
            menu.addAction(ui_icon("trash"), self.tr("Move to trash"), self.trash_selected)
        menu.exec(pos)

    def _circle_menu(self, menu: QMenu, ids: list[int]) -> None:
        for circle in lookup.circles_in_order():
            menu.addAction(
                colour_swatch(circle.colour), circle.label, lambda n=circle.label: self._add_to_circle(ids, n)
            )
        menu.addSeparator()
        menu.addAction(self.tr("New circle…"), lambda: self._add_to_circle(ids, None))

    def _stage_menu(self, menu: QMenu, ids: list[int]) -> None:
        for stage in STAGES:
            menu.addAction(self.tr(STAGE_LABELS[stage]), lambda s=stage: self._set_stage(ids, s))

    def _add_to_circle(self, ids: list[int], name: str | None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New circle"), self.tr("Name of the circle:"))
            if not ok or not name.strip():
                return
        self.ctx.undo_stack.push(commands.AddToCircle(self.ctx, ids, name.strip()[:100]))

    def _set_stage(self, ids: list[int], stage: str) -> None:
        self.ctx.undo_stack.push(commands.SetStage(self.ctx, ids, stage, self.tr(STAGE_LABELS[stage])))

    def _bulk(self, key: str) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        if key in ("circle", "uncircle", "stage"):
            menu = QMenu(self)
            if key == "circle":
                self._circle_menu(menu, ids)
            elif key == "stage":
                self._stage_menu(menu, ids)
            else:
                for circle in lookup.circles_in_order():
                    menu.addAction(
                        colour_swatch(circle.colour),
                        circle.label,
                        lambda c=circle.id, n=circle.label: self.ctx.undo_stack.push(
                            commands.RemoveFromCircle(self.ctx, ids, c, n)
                        ),
                    )
            button = self.detail.multi.buttons[key]
            menu.exec(button.mapToGlobal(button.rect().bottomLeft()))
        elif key == "export":
            self.export_selection()
        elif key == "trash":
            self.trash_selected()
        elif key == "restore":
            self.restore_selected()
        elif key == "merge" and len(ids) == 2:
            from app.ui.contacts.merge_dialog import MergeDialog

            run_modal(MergeDialog(self.ctx, ids[0], ids[1], self))

    def export_selection(self) -> None:
        ids = self._selected_or_current()
        if not ids:
            QMessageBox.information(self, self.tr("Export selection"), self.tr("Select the contacts to export first."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export selected contacts"),
            str(self.ctx.paths.data_dir.parent / "contacts.json"),
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return
        from app.ui.import_export.worker import run_while_waiting

        def work(_progress, _cancelled) -> None:
            write_atomically(path, lambda out: write_json(contacts_as_dicts(ids), out))

        try:
            run_while_waiting(self, work)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}:\n{error}").format(path=path, error=exc.strerror or exc),
            )
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self._tr("Exported %Ln contact(s) to {path}", "", len(ids)).format(path=path),
                8000,
            )
