# Commitment of one tie over time, one line per theory, from a run's series.csv and summary.csv.
# Usage: Rscript docs/examples/plot_tie.R RUN_DIR [STATE PARTNER]   (base R only)
# Writes STATE-PARTNER-R.png in the current folder and prints how the tie ends under each theory.
args <- commandArgs(trailingOnly = TRUE)
run <- args[1]
a <- if (length(args) >= 3) args[2] else "IRN"
b <- if (length(args) >= 3) args[3] else "RUS"

series <- read.csv(file.path(run, "series.csv"), stringsAsFactors = FALSE)
tie <- subset(series, state == a & partner == b)
back <- subset(series, state == b & partner == a)

# Mean over replications at each step: the pair's commitment, each side's desire.
mean_tie <- aggregate(cbind(commitment, desire) ~ theory + step, data = tie, FUN = mean)
mean_back <- aggregate(cbind(partner_desire = desire) ~ theory + step, data = back, FUN = mean)
m <- merge(mean_tie, mean_back, by = c("theory", "step"))
m <- m[order(m$theory, m$step), ]
theories <- unique(series$theory)  # in the order of the file
labels <- unique(tie[, c("step", "time")])

png(paste0(a, "-", b, "-R.png"), width = 1000, height = 480)
par(mar = c(6, 4, 3, 16), xpd = FALSE)
plot(NA, xlim = range(m$step), ylim = c(0, 1), xaxt = "n", xlab = "", ylab = paste("commitment", paste0(a, "-", b)),
     main = paste0(a, "-", b, ": commitment (solid), ", a, "'s desire (dashed), ", b, "'s desire (dotted)"))
at <- labels[seq(1, nrow(labels), by = 8), ]
axis(1, at = at$step, labels = at$time, las = 2)
cols <- seq_along(theories)
for (k in cols) {
  g <- m[m$theory == theories[k], ]
  lines(g$step, g$commitment, col = k, lwd = 2)
  lines(g$step, g$desire, col = k, lty = 2)
  lines(g$step, g$partner_desire, col = k, lty = 3)
}
legend("topright", inset = c(-0.32, 0), legend = theories, col = cols, lwd = 2, xpd = TRUE, bty = "n")
invisible(dev.off())

# How the tie ends, per theory: summary.csv has one row per theory and directed pair.
options(width = 120)
summary <- read.csv(file.path(run, "summary.csv"), stringsAsFactors = FALSE)
pair <- subset(summary, state == a & partner == b)
print(pair[, c("theory", "modal_level", "mean_final_commitment", "share_none", "share_coalition")], row.names = FALSE)
