#!/usr/bin/env bash
# Regenerates the screenshots of docs/classroom.md (each run's event log is printed too).
# Run from the repository's root; needs xvfb-run (Debian: apt-get install -y xvfb).
set -euo pipefail
# The event logs go to docs/img/classroom/event-logs.txt too: the dates and causes the lesson
# quotes (e.g. when the tie ends after W2) are read there.
out=docs/img/classroom
log=$out/event-logs.txt
: > "$log"
gui() { echo "# gui ${*:2}" >> "$log"; xvfb-run -a -s "$1" ./alliance-sim gui "${@:2}" 2>&1 | tee -a "$log"; }
single() { gui "-screen 0 1600x1000x24" "$@"; }
pair() { gui "-screen 0 1920x1080x24" --compare balance-of-threat schweller-bandwagoning "$@"; }
single --steps 0 --tab About --screenshot $out/01-start.png
single --steps 100 --screenshot $out/02-baseline.png
for c in W1 W2 W3 W4 W5 S1 S2; do
  pair --fire $c@30 --steps 100 --screenshot $out/03-$c.png
done
pair --fire w6-us-decline@30 --steps 100 --screenshot $out/03-W6-us.png
pair --fire w6-russia-decline@30 --steps 100 --screenshot $out/03-W6-russia.png
single --fire W3@30 --steps 100 --tab State --screenshot $out/04-W3-state.png
gui "-screen 0 1920x1080x24" --compare balance-of-threat balance-of-power \
  --steps 100 --screenshot $out/05-balance-of-power.png
pair --fire W2@30 --fire S2@30 --steps 100 --screenshot $out/05-W2-and-S2.png
single scenarios/termination/w2-us-threat-recedes.yaml \
  --fire W2@10 --steps 100 --screenshot $out/05-scheduled.png
