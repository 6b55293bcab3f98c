# Commitment of one tie over time, one line per theory, from a run's series.csv and summary.csv.
# Usage: python3 docs/examples/plot_tie.py RUN_DIR [STATE PARTNER]   (needs pandas and matplotlib)
# Writes STATE-PARTNER.png in the current folder and prints how the tie ends under each theory.
import sys
import pandas as pd
import matplotlib
matplotlib.use("Agg")  # write a file; no display needed
import matplotlib.pyplot as plt

run = sys.argv[1]
a, b = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else ("IRN", "RUS")

series = pd.read_csv(f"{run}/series.csv")
tie = series[(series.state == a) & (series.partner == b)]
back = series[(series.state == b) & (series.partner == a)]

# The commitment is the pair's; each side's desire is its own: mean over replications per step.
mean = tie.groupby(["theory", "step", "time"], sort=False)[["commitment", "desire"]].mean().reset_index()
partner = back.groupby(["theory", "step"], sort=False)["desire"].mean().rename("partner_desire")
mean = mean.join(partner, on=["theory", "step"])

fig, ax = plt.subplots(figsize=(10, 4.5))
for theory, g in mean.groupby("theory", sort=False):
    line, = ax.plot(g.step, g.commitment, label=theory)
    ax.plot(g.step, g.desire, linestyle="--", color=line.get_color(), linewidth=0.8)
    ax.plot(g.step, g.partner_desire, linestyle=":", color=line.get_color(), linewidth=0.8)
ticks = mean.drop_duplicates("step").iloc[::8]
ax.set_xticks(ticks.step, ticks.time, rotation=45)
ax.set_ylim(0, 1)
ax.set_ylabel(f"commitment {a}-{b}")
ax.set_title(f"{a}-{b}: commitment (solid), {a}'s desire (dashed), {b}'s desire (dotted)", fontsize=10)
ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
fig.tight_layout()
fig.savefig(f"{a}-{b}.png", dpi=120)

# How the tie ends, per theory: summary.csv has one row per theory and directed pair.
summary = pd.read_csv(f"{run}/summary.csv")
pair = summary[(summary.state == a) & (summary.partner == b)]
print(pair[["theory", "modal_level", "mean_final_commitment", "share_none", "share_coalition"]].to_string(index=False))
