package org.alliancesim.backtest.atop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.alliancesim.data.CsvRow;
import org.alliancesim.data.CsvTable;
import org.alliancesim.data.DataFormatException;

/**
 * Dyad-years derived from ATOP member records: two members of the same alliance are bound in
 * every year both memberships are in force, with the obligations either undertook (one row per
 * member and phase). A membership with {@code yrexit} 0 is still in force when the file ends
 * (censored): it runs to the last year of coverage, the span in the file's name or else the last
 * year the file mentions. This reading ignores ATOP's directed, conditional and asymmetric
 * provisions, which the dyad-year file resolves; prefer that file for scoring.
 */
final class AtopMembers {
    private AtopMembers() {
    }

    private record Spell(int member, int from, int to, int bits, long line) {
    }

    static AllianceTable read(CsvTable sheet, IntPredicate known, int[] named) throws IOException {
        Map<Integer, List<Spell>> byAlliance = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (CsvRow r : sheet.rows()) {
            int id = r.integer("atopid");
            int member = AtopReader.code(r, "member", known);
            int from = AtopReader.year(r, "yrent", named);
            int exit = r.integer("yrexit");
            if (exit != 0) {
                exit = AtopReader.year(r, "yrexit", named);
                if (exit < from) {
                    throw r.error("yrexit", "exit year " + exit + " is before the entry year " + from);
                }
            }
            String key = id + "/" + member + "/" + from + "/" + exit + "/" + (sheet.hasColumn("phase") ? r.text("phase") : "");
            Long before = seen.putIfAbsent(key, r.line());
            if (before != null) {
                throw r.error("member", "member " + member + " of alliance " + id + " is listed twice for the same"
                        + " years (first on line " + before + ")");
            }
            int bits = 0;
            for (Obligation o : Obligation.values()) {
                bits |= r.flag(o.memberColumn()) ? o.bit() : 0;
            }
            first = Math.min(first, from);
            last = Math.max(last, Math.max(from, exit));
            byAlliance.computeIfAbsent(id, k -> new ArrayList<>()).add(new Spell(member, from, exit, bits, r.line()));
        }
        if (sheet.rows().isEmpty()) {
            throw new DataFormatException(sheet.source(), sheet.headerLine(), null, "no member records after the header");
        }
        if (named != null) {
            first = named[0] == Integer.MIN_VALUE ? first : named[0];
            last = named[1];
        }
        Map<Long, Integer> bits = new HashMap<>();
        for (List<Spell> spells : byAlliance.values()) {
            for (int p = 0; p < spells.size(); p++) {
                for (int q = p + 1; q < spells.size(); q++) {
                    Spell a = spells.get(p);
                    Spell b = spells.get(q);
                    if (a.member() == b.member()) {
                        continue;
                    }
                    int lo = Math.max(a.from(), b.from());
                    int hi = Math.min(a.to() == 0 ? last : a.to(), b.to() == 0 ? last : b.to());
                    for (int y = lo; y <= hi; y++) {
                        bits.merge(DyadYearTable.key(y, a.member(), b.member()), a.bits() | b.bits(), (x, z) -> x | z);
                    }
                }
            }
        }
        return new DyadYearTable(sheet.source(), first, last, bits);
    }
}
