import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Random;

/**
 * Generates the data of the ACR import benchmark: {@code partners} evidence files (customers only, no ACR) and one
 * CSV of {@code rows} ACR rows over those customers (24 months each, seeded, so every run imports the same file).
 *
 *   java scripts/bench/AcrBenchData.java OUT_DIR [rows=1000000] [partners=50]
 */
public class AcrBenchData {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int partners = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int months = 24;
        int customersPerPartner = (rows + partners * months - 1) / (partners * months);
        Files.createDirectories(out);
        YearMonth last = YearMonth.of(2026, 10);
        Random random = new Random(42);
        int written = 0;
        try (BufferedWriter csv = Files.newBufferedWriter(out.resolve("acr.csv"))) {
            csv.write("partner_id,customer_id,month,acr_usd\n");
            for (int p = 1; p <= partners; p++) {
                String partner = "P-B%03d".formatted(p);
                StringBuilder evidence = new StringBuilder("{\"schemaVersion\":1,\"asOf\":\"" + last + "\",\"partner\":{\"id\":\""
                        + partner + "\",\"name\":\"Benchmark partner " + p + "\"},\"customers\":[");
                for (int c = 1; c <= customersPerPartner; c++) {
                    String customer = "C-%05d".formatted(c);
                    evidence.append(c > 1 ? "," : "").append("{\"id\":\"").append(customer)
                            .append("\",\"segment\":\"SMB\",\"attributions\":[\"PAL\"],\"acr\":{}}");
                    for (int m = months - 1; m >= 0 && written < rows; m--) {
                        csv.write(partner + "," + customer + "," + last.minusMonths(m) + ","
                                + (random.nextInt(500_000) / 100.0) + "\n");
                        written++;
                    }
                }
                evidence.append("],\"professionals\":[],\"deployments\":[]}");
                Files.writeString(out.resolve(partner + ".json"), evidence);
            }
        }
        System.out.println("wrote " + written + " ACR rows for " + partners + " partners x " + customersPerPartner
                + " customers to " + out);
    }
}
