// The demo community: support (admin), alice and bob with a dozen realistic
// preferences each, covering every JSON type, plus thirty more users so that
// user search has pages. Two of those, marco.ricci (5) and
// francesca.colombo (6), have preferences much like bob's and alice's (some
// identical, some differing, some their own) for copy and compare.
#pragma once

class PrefStore;

class DemoData
{
public:
    static void populate(PrefStore &store);
};
