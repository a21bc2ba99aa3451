package org.yjinspect.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.yjinspect.Application;
import org.yjinspect.organisation.domain.KeyData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect organisation key-data}. */
@Command(name = "key-data", mixinStandardHelpOptions = true, description = "The service's key data (all figures optional).")
final class OrganisationKeyDataCommand extends OrganisationWriteCommand {
    @Option(names = "--budget", paramLabel = "POUNDS")
    BigDecimal budget;
    @Option(names = "--headcount", paramLabel = "N")
    Integer headcount;
    @Option(names = "--vacancy-rate", paramLabel = "PERCENT")
    BigDecimal vacancyRate;
    @Option(names = "--average-caseload", paramLabel = "N")
    BigDecimal averageCaseload;
    @Option(names = "--sickness-days", paramLabel = "DAYS", description = "Days lost to sickness per person.")
    BigDecimal sicknessDays;

    @Override
    protected int change(Application app, PrintWriter out) {
        return print(out, app.organisation().saveKeyData(ref(), new KeyData(budget, headcount, vacancyRate,
                averageCaseload, sicknessDays)));
    }
}
