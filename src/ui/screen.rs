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
