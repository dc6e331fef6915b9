package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Profile;
import org.junit.jupiter.api.Test;

/**
 * 概况 of a Jiangsu text PDF (its tables in a file of their own), against the PDF as printed
 * (江苏省委办公厅2018年度部门预算公开文件.pdf, pages 3-4).
 */
class JiangsuTextTest {

    @Test
    void theDutiesOfficesAndUnitsOfTheProfileAreRead() throws Exception {
        Profile p = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开文件.pdf")).profile();
        // ten numbered duties, the short ones too ("3．围绕省委工作部署，…服务。"); the page's number "1" is none
        assertThat(p.duties()).hasSize(10);
        assertThat(p.duties().get(2)).isEqualTo("围绕省委工作部署，开展调查研究，为省委决策做好服务。");
        assertThat(p.duties().get(9)).isEqualTo("完成省委交办的其它任务。");
        assertThat(p.duties()).doesNotContain("1");
        // "本部门内设机构包括：秘书处、…、机关文印中心等20个处室和省委机要局。本部门下属单位包括：东郊国宾馆、西康宾馆。"
        assertThat(p.internalOfficeCount()).isEqualTo(20);
        assertThat(p.internalOffices()).hasSize(21).startsWith("秘书处", "省委总值班室", "综合处")
                .endsWith("机关后勤服务中心", "机关文印中心", "省委机要局");
        assertThat(p.subordinateUnits()).containsExactly("东郊国宾馆", "西康宾馆");
    }

    /**
     * 江苏省人大常委会2019, pages 8-9: "本部门下属单位包括：江苏议事园、江苏省人大常委会研究室刊物编辑室、…、
     * 江苏省人大干部培训中心。" The page's number "─ 2 ─" the sentence once held cut it short, and 议事园
     * is a unit as 中心 and 室 are.
     */
    @Test
    void theUnitsOfASentenceAPageBreakCutsAreReadWhole() throws Exception {
        Profile p = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("jiangsu/江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf")).profile();
        assertThat(p.subordinateUnits()).containsExactly("江苏议事园", "江苏省人大常委会研究室刊物编辑室", "江苏省人大常委会办公厅机关服务中心",
                "江苏省人大常委会办公厅信息中心", "江苏省人大干部培训中心");
    }

    /** 江苏省政协办公厅2019's cover is a picture and its tables are in a file of their own: its text names the unit. */
    @Test
    void aTextWithoutTitleOrTablesIsOfTheUnitItsFiguresAreOf() throws Exception {
        var d = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("jiangsu/江苏省政协办公厅/江苏省政协办公厅2019年度部门预算.pdf"));
        assertThat(d.tables()).isEmpty();
        assertThat(d.metadata().unitName()).isEqualTo("江苏省政协办公厅");
    }

    /** 江苏省高级人民法院2019: "本部门共有车辆66辆，其中，一般公务用车13辆、执法执勤用车38辆、特种专业技术用车15辆". */
    @Test
    void theVehiclesHeldAndTheirUsesAreRead() throws Exception {
        var a = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("jiangsu/江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf")).assets();
        assertThat(a.vehiclesHeld()).isEqualTo(66);
        assertThat(a.vehiclesByUse()).extracting(v -> v.use() + v.count()).containsExactly("一般公务用车13", "执法执勤用车38", "特种专业技术用车15");
    }
}
