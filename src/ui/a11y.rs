//! Names, roles and descriptions for the accessibility tree (AccessKit: AT-SPI, UI
//! Automation) where egui's widgets do not give them on their own: headings, the window,
//! charts, tables, the progress bar.

use egui::accesskit::Role;

/// Extra accessibility information for a widget that has already been drawn.
pub(crate) trait AccessibleResponse: Sized {
    /// Marks a label drawn as a heading as a heading of `level` (1 the view's title, 2 a
    /// section), so screen readers can list and jump between them.
    fn heading_level(self, level: usize) -> Self;

    /// Names the widget `name`, replacing a name that is only a symbol („×“, „?“).
    fn named(self, name: impl Into<String>) -> Self;
}

impl AccessibleResponse for egui::Response {
    fn heading_level(self, level: usize) -> Self {
        self.ctx.accesskit_node_builder(self.id, |node| {
            // A label keeps its text as value; a heading is named by its label.
            let text = node.value().map(str::to_string);
            node.set_role(Role::Heading);
            node.set_level(level);
            if let Some(text) = text {
                node.clear_value();
                node.set_label(text);
            }
        });
        self
    }

    fn named(self, name: impl Into<String>) -> Self {
        let name = name.into();
        self.ctx.accesskit_node_builder(self.id, |node| {
            node.clear_labelled_by();
            node.set_label(name);
        });
        self
    }
}

/// Gives a chart (a plot's response) the image role, a name and a description that
/// carries its figures, because a screen reader cannot read the drawing.
pub(crate) fn describe_chart(response: &egui::Response, name: &str, description: &str) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Image);
        node.set_label(name);
        node.set_description(description);
    });
}

/// A modal dialog named `name` in the accessibility tree (egui leaves a modal nameless).
pub(crate) fn named_modal(id: &'static str, name: &str) -> egui::Modal {
    let id = egui::Id::unique(id);
    egui::Modal::new(id).area(egui::Modal::default_area(id).accessible_name(name))
}

/// Names the window in the accessibility tree as its title bar reads (the root node of
/// the viewport; egui leaves it nameless).
pub(crate) fn name_window(ctx: &egui::Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(title);
    });
}

/// Names a progress bar and gives it its range: egui reports the percentage without a
/// maximum, which screen readers then take as the largest number there is.
pub(crate) fn describe_progress(response: &egui::Response, name: &str) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(name);
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(100.0);
    });
}

/// The table roles for an [`egui::Grid`] of labels: call [`GridTable::begin`] first
/// thing inside the grid's closure, then draw each cell with [`GridTable::cell`] and call
/// [`GridTable::end_row`] where the grid's row ends. The grid keeps its look; the
/// accessibility tree gets a table with rows and cells (a grid alone is a flat list of
/// labels).
pub(crate) struct GridTable {
    table: egui::Id,
    row: Option<egui::Id>,
    row_index: usize,
    column: usize,
    header_rows: usize,
}

impl GridTable {
    /// Turns the grid's own node into a table named `name`, described by `description`,
    /// whose first `header_rows` rows are column headers.
    pub(crate) fn begin(
        ui: &egui::Ui,
        name: &str,
        description: &str,
        rows: usize,
        columns: usize,
        header_rows: usize,
    ) -> Self {
        let table = ui.unique_id();
        ui.ctx().accesskit_node_builder(table, |node| {
            node.set_role(Role::Table);
            node.set_label(name);
            node.set_description(description);
            node.set_row_count(rows);
            node.set_column_count(columns);
        });
        Self {
            table,
            row: None,
            row_index: 0,
            column: 0,
            header_rows,
        }
    }

    /// Draws one cell with `add_contents`, as a cell of the current row.
    pub(crate) fn cell<R>(
        &mut self,
        ui: &mut egui::Ui,
        add_contents: impl FnOnce(&mut egui::Ui) -> R,
    ) -> R {
        let row = match self.row {
            Some(row) => row,
            None => {
                // A row node without space of its own: the cells are laid out by the grid.
                let row_ui = ui.new_child(
                    egui::UiBuilder::new()
                        .id_salt(("a11y-row", self.table, self.row_index))
                        .accessibility_parent(self.table)
                        .accessibility_role(Role::Row)
                        .max_rect(egui::Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO)),
                );
                let row = row_ui.unique_id();
                ui.ctx().accesskit_node_builder(row, |node| {
                    node.set_row_index(self.row_index);
                });
                self.row = Some(row);
                row
            }
        };
        let role = if self.row_index < self.header_rows {
            Role::ColumnHeader
        } else {
            Role::Cell
        };
        let (row_index, column) = (self.row_index, self.column);
        self.column += 1;
        ui.scope_builder(
            egui::UiBuilder::new()
                .id_salt(("a11y-cell", row_index, column))
                .accessibility_parent(row)
                .accessibility_role(role),
            |ui| {
                ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                    node.set_row_index(row_index);
                    node.set_column_index(column);
                });
                add_contents(ui)
            },
        )
        .inner
    }

    /// Ends the grid's row and the table's row.
    pub(crate) fn end_row(&mut self, ui: &mut egui::Ui) {
        ui.end_row();
        self.row = None;
        self.row_index += 1;
        self.column = 0;
    }
}
