package org.alliancesim.scenario;

import org.alliancesim.decision.BalanceOfInterests;
import org.alliancesim.decision.BalanceOfPower;
import org.alliancesim.decision.BalanceOfThreat;
import org.alliancesim.decision.Identity;
import org.alliancesim.decision.Interdependence;
import org.alliancesim.decision.SchwellerBandwagoning;
import org.alliancesim.decision.TheoryParams;
import org.alliancesim.decision.WaltBandwagoning;
import org.alliancesim.landscape.PropensityParams;
import org.alliancesim.world.AllianceParams;
import org.alliancesim.world.LearningParams;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.PowerParams;
import org.alliancesim.world.ProximityParams;
import org.alliancesim.world.ThreatParams;
import org.alliancesim.world.TieParams;

/**
 * Every model assumption a scenario can switch, under its {@code parameters} key. Each group is
 * documented where it is declared; anything a scenario leaves out takes the default there.
 *
 * @param threat {@link ThreatParams}: how Walt's four sources combine
 * @param proximity {@link ProximityParams}: the loss-of-strength gradient
 * @param power {@link PowerParams}: aggregate power from components
 * @param perception {@link PerceptionParams}: memory and noise of perception
 * @param ties {@link TieParams}: levels, inertia and hysteresis of ties
 * @param balanceOfThreat {@link BalanceOfThreat.Params}
 * @param waltBandwagoning {@link WaltBandwagoning.Params}
 * @param interests {@link BalanceOfInterests.Params}
 * @param schweller {@link SchwellerBandwagoning.Params}
 * @param balanceOfPower {@link BalanceOfPower.Params}
 * @param interdependence {@link Interdependence.Params}
 * @param identity {@link Identity.Params}
 * @param landscape {@link PropensityParams}: the landscape derived in a run and its blocs
 * @param alliances {@link AllianceParams}: how ties change power, threat and defence
 * @param learning {@link LearningParams}: how perception, trust and expected gains learn from behaviour
 */
public record Parameters(
        ThreatParams threat,
        ProximityParams proximity,
        PowerParams power,
        PerceptionParams perception,
        TieParams ties,
        BalanceOfThreat.Params balanceOfThreat,
        WaltBandwagoning.Params waltBandwagoning,
        BalanceOfInterests.Params interests,
        SchwellerBandwagoning.Params schweller,
        BalanceOfPower.Params balanceOfPower,
        Interdependence.Params interdependence,
        Identity.Params identity,
        PropensityParams landscape,
        AllianceParams alliances,
        LearningParams learning) {

    public static final Parameters DEFAULTS = new Parameters(ThreatParams.DEFAULTS, ProximityParams.DEFAULTS,
            PowerParams.DEFAULTS, PerceptionParams.DEFAULTS, TieParams.DEFAULTS,
            BalanceOfThreat.Params.DEFAULTS, WaltBandwagoning.Params.DEFAULTS, BalanceOfInterests.Params.DEFAULTS,
            SchwellerBandwagoning.Params.DEFAULTS, BalanceOfPower.Params.DEFAULTS, Interdependence.Params.DEFAULTS,
            Identity.Params.DEFAULTS, PropensityParams.DEFAULTS, AllianceParams.DEFAULTS, LearningParams.DEFAULTS);

    /**
     * The model of independent dyads that versions before 0.2 ran: no tie changes any state's power,
     * threat, defence or perceptions, no supply side, no coalition check in Walt's bandwagoning,
     * partners judged by the observer's view, balance of power toward the strongest counterweight.
     * Kept for comparison ({@code RandomWorld.generate} takes it as a base; the bare loop's equality
     * test covers it beside the defaults, which the benchmark runs).
     */
    public Parameters independentDyads() {
        BalanceOfThreat.Params b = balanceOfThreat;
        WaltBandwagoning.Params wb = waltBandwagoning;
        return new Parameters(threat, proximity, power, perception, ties,
                new BalanceOfThreat.Params(b.threatHalf(), b.allyCapabilityWeight(), BalanceOfThreat.SharedBy.OBSERVER,
                        0, b.positionWeight(), b.denialWeight(), b.capabilityWeight()),
                new WaltBandwagoning.Params(wb.threatHalf(), wb.futilityThreshold(), wb.futilitySteepness(), 0),
                interests, schweller,
                new BalanceOfPower.Params(balanceOfPower.preponderanceHalf(), BalanceOfPower.Side.COUNTERWEIGHT),
                interdependence, identity, landscape, AllianceParams.INDEPENDENT, LearningParams.NONE);
    }

    /** The decision modules' share of the parameters. */
    public TheoryParams theories() {
        return new TheoryParams(balanceOfThreat, waltBandwagoning, interests, schweller, balanceOfPower,
                interdependence, identity, landscape);
    }

    /** A copy with other perception parameters (e.g. noise off for deterministic comparisons). */
    public Parameters withPerception(PerceptionParams p) {
        return new Parameters(threat, proximity, power, p, ties, balanceOfThreat, waltBandwagoning, interests,
                schweller, balanceOfPower, interdependence, identity, landscape, alliances, learning);
    }

    /** A copy with other learning rates, everything else kept. */
    public Parameters withLearning(LearningParams l) {
        return new Parameters(threat, proximity, power, perception, ties, balanceOfThreat, waltBandwagoning, interests,
                schweller, balanceOfPower, interdependence, identity, landscape, alliances, l);
    }

    /** A copy with perception noise set to {@code noise}, everything else kept. */
    public Parameters withNoise(double noise) {
        return withPerception(new PerceptionParams(perception.adjustment(), noise, perception.defaultIntent(),
                perception.defaultCredibility(), perception.generator()));
    }
}
