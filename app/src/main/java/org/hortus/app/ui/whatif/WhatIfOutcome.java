package org.hortus.app.ui.whatif;

import org.hortus.app.sim.ActiveRecipe;
import org.hortus.app.sim.WhatIfComparison;

/** A finished what-if as the page shows it: both runs, and how the baseline was chosen. */
record WhatIfOutcome(WhatIfComparison.Result result, ActiveRecipe active) {}
