#!/usr/bin/env bash
# Regenerates every committed example under results/examples/ with the commands the README and the
# docs give for it, so that the figures quoted beside them can be checked against what the commands
# print today. Run from the repository's root. The backtest example needs the data in
# ../shared/data (skipped with a message when absent); gui.png needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
./alliance-sim run --record none --out results/examples/iran-russia --force
./alliance-sim compare scenarios/termination/w*.yaml scenarios/termination/s*.yaml \
    --theory balance-of-threat --theory schweller-bandwagoning --reps 20 --seed 1 \
    --out results/examples/compare --force
./alliance-sim sweep scenarios/sweeps/iran-detente.yaml     --out results/examples/sweep     --force --quiet
./alliance-sim sweep scenarios/sweeps/iran-detente-lhs.yaml --out results/examples/sweep-lhs --force --quiet
./alliance-sim replay scenarios/history/iran-russia-1992-2016.yaml --pair IRN,RUS \
    --theory balance-of-threat --theory schweller-bandwagoning \
    --events scenarios/history/iran-russia-events.csv --reps 20 --seed 1 \
    --out results/examples/history/iran-russia-1992-2016.png --force
if [ -f ../shared/data/atop-dyad-years-1815-1954.csv ]; then
  force=""; [ -d results/examples/backtest ] && force="--force"
  ./alliance-sim backtest --from 1900 --to 1954 --train-to 1939 \
      --alliances ../shared/data/atop-dyad-years-1815-1954.csv --data ../shared/data \
      --theory balance-of-threat --theory balance-of-threat-capable --theory schweller-bandwagoning \
      --theory walt-bandwagoning --theory balance-of-power --theory interdependence --theory identity \
      --out results/examples/backtest $force --quiet
  rm -f results/examples/backtest/predictions.csv results/examples/backtest/*.svg   # 10 MB and 1 MB: not committed
else
  echo "regenerate: ../shared/data absent, the backtest example is left as it is" >&2
fi
# Files the commands write that are not committed as examples (the vector copies, per-run rows).
rm -f results/examples/compare/*-survival.svg results/examples/sweep/runs.csv results/examples/sweep/survival.svg \
    results/examples/sweep-lhs/runs.csv results/examples/sweep-lhs/survival.svg results/examples/sweep-lhs/sensitivity.svg
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1600x1000x24" ./alliance-sim gui --steps 60 --fire W2@24 --screenshot results/examples/gui.png
fi
