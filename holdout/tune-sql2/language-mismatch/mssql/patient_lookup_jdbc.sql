import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public class PatientLookup {
    private static final String URL =
        "jdbc:sqlserver://clinic-db:1433;databaseName=Clinic;encrypt=true;trustServerCertificate=true";

    public static void main(String[] args) throws SQLException {
        String sql = "SELECT TOP (20) PatientId, FullName, LastVisit "
                   + "FROM clinic.Patients WHERE LastName LIKE ? ORDER BY LastVisit DESC";
        try (Connection conn = DriverManager.getConnection(URL, System.getenv("DB_USER"), System.getenv("DB_PASS"));
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, args.length > 0 ? args[0] + "%" : "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.printf("%d\t%s\t%s%n",
                        rs.getInt("PatientId"),
                        rs.getString("FullName"),
                        rs.getTimestamp("Last