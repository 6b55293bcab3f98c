package org.alliancesim.decision;

import org.alliancesim.landscape.PropensityParams;

/**
 * Every decision module's parameters, as the scenario's {@code parameters} block gives them.
 *
 * @param balanceOfThreat {@link BalanceOfThreat.Params}
 * @param waltBandwagoning {@link WaltBandwagoning.Params}
 * @param interests {@link BalanceOfInterests.Params}, also read by Schweller's bandwagoning
 * @param schweller {@link SchwellerBandwagoning.Params}
 * @param balanceOfPower {@link BalanceOfPower.Params}
 * @param interdependence {@link Interdependence.Params}
 * @param identity {@link Identity.Params}
 * @param landscape {@link PropensityParams}, read by {@link LandscapeModule}
 */
public record TheoryParams(
        BalanceOfThreat.Params balanceOfThreat,
        WaltBandwagoning.Params waltBandwagoning,
        BalanceOfInterests.Params interests,
        SchwellerBandwagoning.Params schweller,
        BalanceOfPower.Params balanceOfPower,
        Interdependence.Params interdependence,
        Identity.Params identity,
        PropensityParams landscape) {

    public static final TheoryParams DEFAULTS = new TheoryParams(
            BalanceOfThreat.Params.DEFAULTS, WaltBandwagoning.Params.DEFAULTS,
            BalanceOfInterests.Params.DEFAULTS, SchwellerBandwagoning.Params.DEFAULTS,
            BalanceOfPower.Params.DEFAULTS, Interdependence.Params.DEFAULTS, Identity.Params.DEFAULTS,
            PropensityParams.DEFAULTS);
}
