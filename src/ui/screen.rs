//! The screens of the app.

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// New / open / recent / recover.
    Start,
    /// The walk-through.
    Questions,
    /// The results summary.
    Results,
    /// Questions the workshop disagreed on.
    Discussion,
    /// The measures plan.
    Plan,
    /// The staff survey beside the officer's rating.
    Survey,
}

/// Where the number of screen visits is kept in egui's memory.
fn visit_id() -> egui::Id {
    egui::Id::unique("reifegrad-screen-visit")
}

/// Counts a visit when `screen` differs from the screen shown last frame; every visit
/// gets fresh scroll areas (see [`page_scroll`]), so each view opens at its top.
pub(crate) fn note_screen(ctx: &egui::Context, screen: Screen) {
    let key = egui::Id::unique("reifegrad-screen-shown");
    ctx.data_mut(|d| {
        if d.get_temp::<Screen>(key) != Some(screen) {
            d.insert_temp(key, screen);
            let visits = d.get_temp::<u64>(visit_id()).unwrap_or(0);
            d.insert_temp(visit_id(), visits + 1);
        }
    });
}

/// The vertical scroll area of a whole view, named `name`: its scroll position is kept
/// while the view stays on screen and starts at the top on each new visit.
pub(crate) fn page_scroll(
    ui: &egui::Ui,
    name: impl std::hash::Hash + std::fmt::Debug,
) -> egui::ScrollArea {
    let visit = ui
        .ctx()
        .data(|d| d.get_temp::<u64>(visit_id()).unwrap_or(0));
    egui::ScrollArea::vertical().id_salt((name, visit))
}
