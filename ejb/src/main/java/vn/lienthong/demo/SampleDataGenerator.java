package vn.lienthong.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.ExchangeReach;
import vn.lienthong.directory.Leadership;
import vn.lienthong.directory.Passwords;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.platform.Role;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo city once, when asked for by the system property {@code lienthong.demo=true}
 * (the README's run command and the integration tests set it; production never does).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class SampleDataGenerator {

    /** Every demo account's password, listed in README. */
    public static final String DEMO_PASSWORD = "LienThong@2026";

    private static final Logger LOG = Logger.getLogger(SampleDataGenerator.class.getName());

    /** A demo agency, its short name for usernames, and its three people: clerk, leader, manager. */
    record DemoAgency(String code, String name, String parent, String shortName,
                      String clerk, String leader, String leaderPosition, String manager, String managerPosition) {
    }

    static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency("000.00.00.H29", "Ủy ban nhân dân Thành phố Hồ Chí Minh", null, "ubnd",
                    "Nguyễn Thị Hồng", "Trần Văn Minh", "Phó Chủ tịch", "Lê Thị Mai", "Chánh Văn phòng"),
            new DemoAgency("000.00.11.H29", "Sở Thông tin và Truyền thông", "000.00.00.H29", "sotttt",
                    "Phạm Thu Hà", "Dương Thu Trang", "Giám đốc", "Phạm Minh Nam", "Trưởng phòng"),
            new DemoAgency("000.00.12.H29", "Sở Nội vụ", "000.00.00.H29", "snv",
                    "Võ Thị Thanh", "Trần Thu Lan", "Phó Giám đốc", "Hồ Văn Đức", "Trưởng phòng"),
            new DemoAgency("000.00.13.H29", "Sở Tài chính", "000.00.00.H29", "stc",
                    "Đỗ Ngọc Ánh", "Võ Thanh Tuấn", "Giám đốc", "Đặng Thanh An", "Trưởng phòng"),
            new DemoAgency("000.00.31.H29", "Ủy ban nhân dân Quận 1", "000.00.00.H29", "quan1",
                    "Bùi Văn Lợi", "Phan Thị Lan", "Chủ tịch", "Hồ Minh Nga", "Trưởng phòng"),
            new DemoAgency("000.00.33.H29", "Ủy ban nhân dân Quận 3", "000.00.00.H29", "quan3",
                    "Ngô Thị Yến", "Lý Quốc Bảo", "Chủ tịch", "Huỳnh Văn Khoa", "Phó Trưởng phòng"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("lienthong.demo")) {
            return;
        }
        if (em.find(Agency.class, AGENCIES.get(0).code()) != null) {
            LOG.info("Demo city already loaded");
            return;
        }
        String hash = Passwords.hash(DEMO_PASSWORD.toCharArray());
        for (DemoAgency demo : AGENCIES) {
            AgencyCode code = AgencyCode.parse(demo.code());
            em.persist(new Agency(code, demo.name(), demo.parent() == null ? null : AgencyCode.parse(demo.parent()),
                    "vanthu." + demo.shortName() + "@tphcm.gov.vn", ExchangeReach.LIENTHONG));
            account("vanthu." + demo.shortName(), hash, Role.CLERK, code, demo.clerk(), "Văn thư", Leadership.NONE);
            account("lanhdao." + demo.shortName(), hash, Role.LEADER, code, demo.leader(), demo.leaderPosition(),
                    Leadership.LEADER);
            account("quanly." + demo.shortName(), hash, Role.LEADER, code, demo.manager(), demo.managerPosition(),
                    Leadership.MANAGER);
        }
        // The national platform stands for every agency outside the city; one real code shows the edXML path.
        em.persist(new Agency(AgencyCode.parse("000.00.00.G22"), "Văn phòng Chính phủ", null, null,
                ExchangeReach.NATIONAL_PLATFORM));
        AgencyCode city = AgencyCode.parse(AGENCIES.get(0).code());
        account("kiemtra", hash, Role.AUDITOR, city, "Nguyễn Văn Kiểm", "Chuyên viên CNTT", Leadership.NONE);
        account("quantri", hash, Role.ADMIN, city, "Trịnh Công Quản", "Quản trị hệ thống", Leadership.NONE);
        LOG.info(() -> "Demo city loaded: " + AGENCIES.size() + " agencies");
    }

    private void account(String username, String hash, Role role, AgencyCode agency, String fullName,
                         String position, Leadership leadership) {
        em.persist(new UserAccount(username, hash, role, agency, fullName, position, leadership,
                username + "@tphcm.gov.vn", clock.instant()));
    }
}
