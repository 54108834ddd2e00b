// The demo community: support (admin), alice and bob with a dozen realistic
// preferences each, covering every JSON type, plus thirty more users so that
// user search has pages.
#pragma once

class PrefStore;

class DemoData
{
public:
    static void populate(PrefStore &store);
};
