#!/usr/bin/env bash
# Regenerates every committed example under results/examples/ with the commands the README and the
# docs give for it, so that the figures quoted beside them can be checked against what the commands
# print today. Run from the repository's root. The backtest example needs the data in
# ../shared/data (skipped with a message when absent); gui.png needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The console table the README shows (without the timing lines that follow it), written once the
# run has replaced the folder.
table="$(./alliance-sim run --record none --out results/examples/iran-russia --force)"
printf '%s\n' "$table" | sed '/^Results:/,$d' | sed '/^$/d' > results/examples/iran-russia/console.txt
# explain for the focal tie under the two theories the paper keeps, and under landscape (last step
# and step 0), as README, docs/landscape.md and docs/classroom.md quote it.
mkdir -p results/examples/explain
for t in balance-of-threat schweller-bandwagoning landscape; do
  ./alliance-sim explain --pair IRN,RUS --theory $t > results/examples/explain/irn-rus-$t.txt
done
./alliance-sim explain --pair IRN,RUS --theory landscape --at 0 > results/examples/explain/irn-rus-landscape-step-0.txt
./alliance-sim explain --pair IRN,RUS --theory schweller-bandwagoning --all-states \
    > results/examples/explain/irn-rus-schweller-bandwagoning-all-states.txt
./alliance-sim compare scenarios/termination/w*.yaml scenarios/termination/s*.yaml \
    --theory balance-of-threat --theory schweller-bandwagoning --reps 20 --seed 1 \
    --out results/examples/compare --force
# Two conditions at once (README), and the landscape's one-event table (docs/landscape.md): only
# the tables are committed.
./alliance-sim compare scenarios/termination/compound/*.yaml \
    --theory balance-of-threat --theory schweller-bandwagoning --reps 10 --quiet \
    --out results/examples/compare-compound --force > /dev/null
./alliance-sim compare scenarios/landscape/one-event-none.yaml scenarios/landscape/one-event-w2.yaml \
    scenarios/landscape/one-event-w6.yaml scenarios/landscape/one-event-s2.yaml scenarios/landscape/one-event-w5.yaml \
    --theory landscape --theory balance-of-threat --theory schweller-bandwagoning --reps 10 --quiet \
    --out results/examples/landscape/one-event --force > /dev/null
./alliance-sim compare scenarios/landscape/one-event-w2-full-desire-2.yaml --theory landscape --reps 10 --quiet \
    --out results/examples/landscape/one-event-full-desire-2 --force > /dev/null
# How the ten W2 runs of the landscape end (docs/landscape.md): only summary.csv is committed.
./alliance-sim run scenarios/landscape/one-event-w2.yaml --theory landscape --reps 10 --record none --quiet \
    --out results/examples/landscape/one-event-w2-run --force > /dev/null
# The landscape the model derives from the default scenario at step 0, and the invented example of
# scenarios/landscape/README.md.
./alliance-sim landscape --scenario scenarios/iran-russia.yaml --out results/examples/landscape/default > /dev/null
./alliance-sim landscape --sizes scenarios/landscape/example-sizes.csv \
    --propensities scenarios/landscape/example-propensities.csv --out results/examples/landscape/example > /dev/null
./alliance-sim sweep scenarios/sweeps/iran-detente.yaml     --out results/examples/sweep     --force --quiet
./alliance-sim sweep scenarios/sweeps/iran-detente-lhs.yaml --out results/examples/sweep-lhs --force --quiet
./alliance-sim replay scenarios/history/iran-russia-1992-2016.yaml --pair IRN,RUS \
    --theory balance-of-threat --theory schweller-bandwagoning \
    --events scenarios/history/iran-russia-events.csv --reps 20 --seed 1 \
    --out results/examples/history/iran-russia-1992-2016.png --force
for y in 1995 2016; do   # the desires docs/data.md quotes
  ./alliance-sim explain scenarios/history/iran-russia-1992-2016.yaml --pair IRN,RUS \
      --theory schweller-bandwagoning --at $y > results/examples/history/explain-schweller-bandwagoning-$y.txt
done
if [ -f ../shared/data/atop-dyad-years-1815-1954.csv ]; then
  force=""; [ -d results/examples/backtest ] && force="--force"
  ./alliance-sim backtest --from 1900 --to 1954 --train-to 1939 \
      --alliances ../shared/data/atop-dyad-years-1815-1954.csv --data ../shared/data \
      --theory balance-of-threat --theory balance-of-threat-capable --theory schweller-bandwagoning \
      --theory walt-bandwagoning --theory balance-of-power --theory interdependence --theory identity \
      --out results/examples/backtest $force --quiet
  rm -f results/examples/backtest/predictions.csv results/examples/backtest/*.svg   # 10 MB and 1 MB: not committed
  # docs/backtest.md: the model of independent dyads, and a short calibration (reports only).
  ./alliance-sim backtest --from 1900 --to 1954 --train-to 1939 \
      --alliances ../shared/data/atop-dyad-years-1815-1954.csv --data ../shared/data \
      --theory balance-of-threat --params scenarios/params/independent-dyads.yaml \
      --out results/examples/backtest-independent --force --quiet > /dev/null
  ./alliance-sim calibrate --from 1900 --to 1954 --train-to 1939 --theory balance-of-threat \
      --evaluations 40 --replications 1 \
      --alliances ../shared/data/atop-dyad-years-1815-1954.csv --data ../shared/data \
      --out results/examples/calibrate --force --quiet > /dev/null
  ( cd results/examples/backtest-independent && rm -f predictions.csv scores.csv ./*.svg ./*.png )
  rm -f results/examples/calibrate/scores.csv
else
  echo "regenerate: ../shared/data absent, the backtest example is left as it is" >&2
fi
# Files the commands write that are not committed as examples (the vector copies, per-run rows,
# the charts of the table-only examples).
for d in results/examples/compare-compound results/examples/landscape/one-event \
    results/examples/landscape/one-event-full-desire-2; do
  rm -f "$d"/*.png "$d"/*.svg "$d"/*-survival*.csv
done
( cd results/examples/landscape/one-event-w2-run && rm -f ./*.png ./*.svg events.csv series.csv survival*.csv )
rm -f results/examples/compare/*-survival.svg results/examples/sweep/runs.csv results/examples/sweep/survival.svg \
    results/examples/sweep-lhs/runs.csv results/examples/sweep-lhs/survival.svg results/examples/sweep-lhs/sensitivity.svg
if command -v xvfb-run >/dev/null; then
  # the run's event log too (docs/gui.md quotes it)
  xvfb-run -a -s "-screen 0 1600x1000x24" ./alliance-sim gui --steps 60 --fire W2@24 --screenshot results/examples/gui.png \
      > results/examples/gui-event-log.txt 2>&1
fi
