package io.github.anjian.report.internal;

import io.github.anjian.catalog.Lang;
import io.github.anjian.engine.Messages;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Subject;
import io.github.anjian.facts.Account;
import io.github.anjian.facts.AdminRoles;
import io.github.anjian.facts.Agreement;
import io.github.anjian.facts.AntiTamper;
import io.github.anjian.facts.Antivirus;
import io.github.anjian.facts.Audience;
import io.github.anjian.facts.Backup;
import io.github.anjian.facts.Boundary;
import io.github.anjian.facts.Contractor;
import io.github.anjian.facts.ContractorService;
import io.github.anjian.facts.Device;
import io.github.anjian.facts.DeviceKind;
import io.github.anjian.facts.DeviceStatus;
import io.github.anjian.facts.Drill;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.FieldDocs;
import io.github.anjian.facts.Frequency;
import io.github.anjian.facts.Incident;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Inspection;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.LeadingGroup;
import io.github.anjian.facts.Logs;
import io.github.anjian.facts.Maintenance;
import io.github.anjian.facts.Medium;
import io.github.anjian.facts.Mlps;
import io.github.anjian.facts.Operations;
import io.github.anjian.facts.OperatedBy;
import io.github.anjian.facts.OrgNetwork;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.Person;
import io.github.anjian.facts.Plan;
import io.github.anjian.facts.PlanKind;
import io.github.anjian.facts.Policy;
import io.github.anjian.facts.PolicyKind;
import io.github.anjian.facts.Scan;
import io.github.anjian.facts.ScanKind;
import io.github.anjian.facts.SecurityDepartment;
import io.github.anjian.facts.SecurityOfficer;
import io.github.anjian.facts.SelfInspection;
import io.github.anjian.facts.Training;
import io.github.anjian.facts.Value;
import io.github.anjian.facts.Website;
import io.github.anjian.report.Figure;
import io.github.anjian.report.selfreport.SelfReport.Block;
import io.github.anjian.report.selfreport.SelfReport.Paragraph;
import io.github.anjian.report.selfreport.SelfReport.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stated facts as sentences of the self-inspection report, in Chinese or English. A stated value is
 * written as it is ({@code true}: done, {@code false}: not done); {@code none} as a stated absence
 * ("未…"); an absent value is never written (the report lists it among the facts to be confirmed).
 */
final class FactText {

    /** "English text (中文)": a value stated in both languages. */
    private static final Pattern BILINGUAL = Pattern.compile("^\\s*([^（(]*?)\\s*[（(]([^（）()]*)[）)]\\s*$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern INDEX = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern ENTITY = Pattern.compile("^(\\w+)\\[([^\\]]+)\\]");

    private final Facts facts;
    private final Lang lang;
    private final Messages messages;
    private final FieldDocs docs;

    FactText(Facts facts, Lang lang, FieldDocs docs) {
        this.facts = facts;
        this.docs = docs;
        this.lang = lang;
        this.messages = Messages.of(lang);
    }

    private String t(String zh, String en) {
        return lang == Lang.ZH ? zh : en;
    }

    // ------------------------------------------------------------------ words

    /**
     * A fact's text in the report's language: of "English (中文)" the Chinese part (up to its first
     * comma) in Chinese and the English part in English; any other text as stated.
     */
    String local(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = BILINGUAL.matcher(text);
        if (m.matches() && HAN.matcher(m.group(2)).find() && !HAN.matcher(m.group(1)).find() && !m.group(1).isBlank()) {
            return lang == Lang.ZH ? m.group(2).split("[,，;；]")[0].trim() : m.group(1).trim();
        }
        return text.trim();
    }

    String date(LocalDate d) {
        return lang == Lang.ZH ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
    }

    /** A figure in a sentence: "5个", "至少1个"; English "5", "at least 1". */
    String fig(Figure f, String unit) {
        if (f.isUnknown()) {
            return t("若干" + unit, "some");
        }
        return f.atLeast() ? t("至少" + f.value() + unit, "at least " + f.value()) : t(f.value() + unit, f.value().toString());
    }

    String level(int n) {
        return lang == Lang.ZH ? "零一二三四五".substring(n, n + 1) : Integer.toString(n);
    }

    private String freq(Frequency f) {
        return switch (f) {
            case REALTIME -> t("实时", "in real time");
            case DAILY -> t("每日", "daily");
            case WEEKLY -> t("每周", "weekly");
            case MONTHLY -> t("每月", "monthly");
            case QUARTERLY -> t("每季度", "quarterly");
            case YEARLY -> t("每年", "yearly");
            case REGULAR -> t("定期", "regularly");
            case IRREGULAR -> t("不定期", "irregularly");
        };
    }

    private String list(Collection<String> items, boolean open) {
        String joined = lang == Lang.ZH ? String.join("、", items) : joinEn(new ArrayList<>(items));
        return open ? joined + t("等", " and others") : joined;
    }

    private static String joinEn(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A person as "副局长Yan Lu" / "Deputy Director Yan Lu"; the id when nothing else is stated. */
    String person(String id) {
        Optional<Person> p = facts.person(id);
        if (p.isEmpty()) {
            return id;
        }
        String title = p.get().title().map(this::local).orElse("");
        String name = p.get().name().map(this::local).orElse("");
        if (title.isEmpty() && name.isEmpty()) {
            return id;
        }
        return lang == Lang.ZH ? title + name : (title + " " + name).trim();
    }

    String system(InfoSystem s) {
        return s.name().map(this::local).orElse(s.id());
    }

    private String contractor(String id) {
        return facts.contractor(id).flatMap(c -> Optional.ofNullable(c.name().map(this::local).orElse(null))).orElse(id);
    }

    private String plan(Plan p) {
        String title = p.title().map(this::local).orElse(p.id());
        return t("《" + title + "》", "\"" + title + "\"");
    }

    private String device(Device d) {
        String kind = switch (d.kind()) {
            case TERMINAL -> t("办公计算机", "office computers");
            case SERVER -> t("服务器", "servers");
            case NETWORK -> t("网络设备", "network devices");
            case SECURITY -> t("安全设备", "security devices");
        };
        long same = devices().stream().filter(x -> x.kind() == d.kind()).count();
        return same > 1 ? kind + t("（" + d.id() + "）", " (" + d.id() + ")") : kind;
    }

    private List<Device> devices() {
        return facts.devices().map(Items::items).orElse(List.of());
    }

    private List<InfoSystem> systems() {
        return facts.systems().map(Items::items).orElse(List.of());
    }

    private static <T> List<T> items(Value<Items<T>> v) {
        return v.map(Items::items).orElse(List.of());
    }

    /** A subject of an outcome in plain words. */
    String subject(Subject s) {
        return switch (s.type()) {
            case "organization" -> t("本单位", "The organization");
            case "device" -> facts.device(s.key()).map(this::device).orElse(s.name());
            case "system" -> facts.system(s.key()).map(this::system).orElse(s.name());
            case "person" -> person(s.key());
            case "contractor" -> contractor(s.key());
            case "plan" -> facts.plan(s.key()).map(this::plan).orElse(s.name());
            default -> local(s.name());
        };
    }

    /** Subject and finding: "办公计算机的CPU非国产", "本单位未成立…", English "Office computers: …". */
    String joinSubject(String subject, String phrase) {
        if (lang == Lang.EN) {
            return capital(subject) + ": " + phrase;
        }
        return phrase.startsWith("未") || phrase.startsWith("不") || phrase.startsWith("无") ? subject + phrase
                : subject + "的" + phrase;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The documented field of a path: indices dropped, {@code systems[a].scans[0].date} → {@code systems.scans.date}. */
    static String field(String path) {
        return INDEX.matcher(path).replaceAll("");
    }

    /** A field's meaning without its trailing explanation in brackets. */
    static String plainMeaning(String meaning) {
        String m = meaning.split("[：:]|, when ")[0];
        return m.replaceAll("\\s*[（(][^（）()]*[）)]\\s*$", "").trim();
    }

    private String meaning(String path) {
        try {
            return plainMeaning(docs.meaning(field(path), lang));
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** The thing a missing path belongs to: a system's name, a person, the organization. */
    String subjectOfPath(String path) {
        Matcher m = ENTITY.matcher(path);
        if (m.find()) {
            String id = m.group(2);
            return switch (m.group(1)) {
                case "systems" -> facts.system(id).map(this::system).orElse(id);
                case "devices" -> facts.device(id).map(this::device).orElse(id);
                case "people" -> person(id);
                case "contractors" -> contractor(id);
                case "plans" -> facts.plan(id).map(this::plan).orElse(id);
                case "policies" -> policyAt(id);
                case "trainings" -> nth(id, t("项培训", "training"));
                case "inspections" -> nth(id, t("项检查", "inspection"));
                case "drills" -> nth(id, t("次演练", "drill"));
                default -> id;
            };
        }
        if (path.startsWith("organization")) {
            return t("本单位", "the organization");
        }
        String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        return topLevel(top).isStated() ? t("清单未列全", "the list is not complete")
                : t("整个清单未载明", "the whole list is not stated");
    }

    private String nth(String index, String what) {
        try {
            int i = Integer.parseInt(index) + 1;
            return t("第" + i + what, what + " #" + i);
        } catch (NumberFormatException e) {
            return index;
        }
    }

    private Value<?> topLevel(String name) {
        return switch (name) {
            case "people" -> facts.people();
            case "policies" -> facts.policies();
            case "systems" -> facts.systems();
            case "devices" -> facts.devices();
            case "media" -> facts.media();
            case "accounts" -> facts.accounts();
            case "maintenance" -> facts.maintenance();
            case "contractors" -> facts.contractors();
            case "plans" -> facts.plans();
            case "drills" -> facts.drills();
            case "trainings" -> facts.trainings();
            case "inspections" -> facts.inspections();
            case "findings" -> facts.findings();
            case "incidents" -> facts.incidents();
            case "facilities" -> facts.facilities();
            case "products" -> facts.products();
            default -> Value.absent();
        };
    }

    private String policyAt(String index) {
        List<Policy> p = items(facts.policies());
        try {
            int i = Integer.parseInt(index);
            return i < p.size() ? policyName(p.get(i)) : index;
        } catch (NumberFormatException e) {
            return index;
        }
    }

    /** Subjects of one missing field: "全部5个信息系统" when it is every system. */
    String subjectsText(Collection<String> subjects) {
        List<String> all = systems().stream().map(this::system).toList();
        if (all.size() > 1 && subjects.size() == all.size() && subjects.containsAll(all)) {
            return t("全部" + all.size() + "个信息系统", "all " + all.size() + " information systems");
        }
        return list(subjects, false);
    }

    // ------------------------------------------------------------------ findings in plain words

    private static final Map<String, String[]> NEGATIVE = new LinkedHashMap<>();

    static {
        neg("devices.cpu.domestic", "CPU非国产", "the CPU is not domestic");
        neg("devices.os.domestic", "操作系统非国产", "the operating system is not domestic");
        neg("devices.officeSuite.domestic", "办公软件非国产", "the office software is not domestic");
        neg("devices.managed", "未实行集中安全管理", "are not under centralized security management");
        neg("devices.password.set", "未设置登录口令", "no login password is set");
        neg("devices.antivirus.installed", "未安装防病毒软件", "no antivirus is installed");
        neg("devices.realNameRegistered", "未实行上网实名登记", "Internet access is not registered by real name");
        neg("devices.network.macBound", "未绑定IP与MAC地址", "IP and MAC addresses are not bound");
        neg("devices.network.staticIp", "未使用固定IP地址", "no fixed IP address is used");
        neg("devices.usbStorageBlocked", "未封闭移动存储接口", "removable storage is not blocked");
        neg("devices.internetConnected", "接入了互联网", "are connected to the Internet");
        neg("devices.processesClassified", "处理了涉密信息", "process classified information");
        neg("systems.website.approvalWorkflow", "未实行信息发布先审后发", "items are published without prior approval");
        neg("systems.website.firewall", "未部署防火墙", "no firewall is deployed");
        neg("systems.website.waf", "未部署Web应用防火墙", "no web application firewall is deployed");
        neg("systems.website.antiDdos", "未部署防拒绝服务攻击措施", "no anti-DoS protection is deployed");
        neg("systems.website.antiTamper.enabled", "未部署网页防篡改", "no anti-tamper protection is deployed");
        neg("systems.website.antiTamper.autoRestore", "网页防篡改不能自动恢复", "anti-tamper does not restore pages automatically");
        neg("systems.audit.enabled", "未开启安全审计", "security audit is not enabled");
        neg("organization.network.internetAccessAudit", "未开展上网行为审计", "Internet activity is not audited");
        neg("organization.network.boundary.firewall", "网络边界未部署防火墙", "no firewall guards the network boundary");
        neg("organization.network.boundary.defaultDeny", "边界防火墙未默认拒绝", "the boundary firewall does not deny by default");
        neg("contractors.agreement.securityClauses", "服务协议未明确安全条款", "the service agreement has no security clauses");
        neg("contractors.agreement.confidentialityClause", "服务协议无保密条款", "the service agreement has no confidentiality clause");
    }

    private static void neg(String field, String zh, String en) {
        NEGATIVE.put(field, new String[] {zh, en});
    }

    /** One reason of a FAIL or PARTIAL in plain words, fields named by their meaning. */
    String reason(Reason r) {
        List<String> a = r.args();
        String path = a.isEmpty() ? "" : a.get(0);
        String field = field(path);
        switch (r.code()) {
            case "not-true", "not-false" -> {
                String[] n = NEGATIVE.get(field);
                if (n != null) {
                    String s = t(n[0], n[1]);
                    if (field.equals("devices.officeSuite.domestic")) {
                        String name = ENTITY.matcher(path).find() ? officeSuiteName(path) : "";
                        s = name.isEmpty() ? s : t("办公软件（" + name + "）非国产", "the office software (" + name + ") is not domestic");
                    }
                    return s;
                }
                return t("“" + meaning(path) + "”不成立", "\"" + meaning(path) + "\" does not hold");
            }
            case Reason.BILINGUAL -> {
                return a.size() > 1 ? t(a.get(1), a.get(0)) : String.join(" ", a);
            }
            case "practice-too-rare", "practice-too-rare-days", "practice-too-rare-months" -> {
                String value = a.size() > 1 ? frequencyWord(a.get(1)) : "";
                String unit = r.code().endsWith("-days") ? unit("days") : r.code().endsWith("-months") ? unit("months")
                        : a.size() > 3 ? unit(a.get(3)) : "";
                return t(meaning(path) + "为" + value + "，未达到每" + a.get(2) + unit + "一次的要求",
                        meaning(path) + ": " + (a.size() > 1 ? a.get(1) : "") + ", less often than once every " + a.get(2) + " " + unit);
            }
            case "never" -> {
                return t(meaning(path) + "：从未进行", meaning(path) + ": never");
            }
            case "not-set" -> {
                return t("未载明或未设置" + meaning(path), meaning(path) + " is not set");
            }
            default -> {
                List<String> args = new ArrayList<>(a);
                if (!args.isEmpty() && args.get(0).contains(".")) {
                    args.set(0, meaning(args.get(0)));
                }
                return messages.render(new Reason(r.code(), args));
            }
        }
    }

    private String officeSuiteName(String path) {
        Matcher m = ENTITY.matcher(path);
        if (!m.find()) {
            return "";
        }
        return facts.device(m.group(2)).map(d -> d.officeSuite().flatMap(o -> o.name()).map(this::local).orElse(""))
                .orElse("");
    }

    private String frequencyWord(String value) {
        try {
            return freq(Frequency.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private String unit(String u) {
        return switch (u) {
            case "days", "day" -> t("天", "days");
            case "months", "month" -> t("个月", "months");
            default -> u;
        };
    }

    // ------------------------------------------------------------------ 一、基本情况: the table of systems

    Table systemTable() {
        List<List<String>> rows = new ArrayList<>();
        String tbc = t("待核实", "to be confirmed");
        for (InfoSystem s : systems()) {
            String kind = s.kind().map(k -> switch (k) {
                case WEBSITE -> t("门户网站", "website");
                case OFFICE -> t("办公系统", "office");
                case BUSINESS -> t("业务系统", "business");
                case EMAIL -> t("电子邮件", "email");
                case OTHER -> t("其他", "other");
            }).orElse(tbc);
            String pub = s.publicFacing().map(b -> b ? t("是", "yes") : t("否", "no")).orElse(tbc);
            String ops = s.operations().isNone() ? t("无", "none") : s.operations().flatMap(Operations::by).map(b -> switch (b) {
                case SELF -> t("自行运维", "in-house");
                case AFFILIATE -> t("下属单位运维", "affiliate");
                case SUPERIOR -> t("上级单位平台", "superior body's platform");
                case CONTRACTOR -> t("委托", "contracted to ") + s.operations().flatMap(Operations::contractor)
                        .map(this::contractor).orElse(t("第三方", "a third party")) + t("运维", "");
            }).orElse(tbc);
            String level = s.mlps().isNone() ? t("未定级", "not graded")
                    : s.mlps().flatMap(Mlps::level).map(l -> t("第" + level(l) + "级", "level " + l)).orElse(tbc);
            Value<LocalDate> filed = s.mlps().flatMap(Mlps::filedOn);
            String filing = s.mlps().isNone() || filed.isNone() ? t("未备案", "not filed")
                    : filed.map(d -> t("已备案（" + date(d) + "）", "filed " + date(d))
                    + s.mlps().flatMap(Mlps::filingNumber).map(n -> " " + n).orElse("")).orElse(tbc);
            rows.add(List.of(system(s), kind, pub, ops, level, filing));
        }
        return new Table(t("信息系统基本情况", "Information systems"),
                List.of(t("系统名称", "System"), t("类型", "Kind"), t("面向公众", "Public-facing"), t("运维方式", "Operated by"),
                        t("安全保护等级", "MLPS level"), t("备案情况", "Filing")), rows);
    }

    // ------------------------------------------------------------------ 二、组织管理

    List<Block> organization() {
        List<Block> out = new ArrayList<>();
        Organization org = facts.organization().orElse(null);
        if (org == null) {
            return out;
        }
        List<String> s = new ArrayList<>();
        Value<LeadingGroup> g = org.leadingGroup();
        if (g.isNone()) {
            s.add(t("本单位未成立信息安全工作领导小组。", "The organization has set up no security leading group."));
        } else if (g.isStated()) {
            LeadingGroup lg = g.get();
            StringBuilder b = new StringBuilder(t("本单位成立了信息安全工作领导小组", "The organization has set up a security leading group"));
            lg.established().map(d -> b.append(t("（" + date(d) + "成立）", " (established " + date(d) + ")")));
            lg.head().map(h -> b.append(t("，由" + person(h) + "任组长", ", headed by " + person(h))));
            lg.deputyHeads().map(d -> d.isEmpty() ? b : b.append(t("，" + list(d.stream().map(this::person).toList(), d.isOpen()) + "任副组长",
                    ", with " + list(d.stream().map(this::person).toList(), d.isOpen()) + " as deputy heads")));
            lg.members().map(m -> m.isEmpty() ? b : b.append(t("，成员包括" + list(m.stream().map(this::person).toList(), m.isOpen()),
                    ", its members including " + list(m.stream().map(this::person).toList(), m.isOpen()))));
            if (lg.office().isStated()) {
                b.append(t("，领导小组办公室设在" + local(lg.office().get()), "; its office is " + local(lg.office().get())));
            } else if (lg.office().isNone()) {
                b.append(t("，未设领导小组办公室", "; it has no office of its own"));
            }
            s.add(b + t("，负责统筹本单位信息安全工作。", ", in charge of the organization's security work."));
        }
        if (org.securityLeader().isStated()) {
            s.add(t("由" + person(org.securityLeader().get()) + "分管信息安全工作。",
                    person(org.securityLeader().get()) + " is the leader in charge of security work."));
        } else if (org.securityLeader().isNone()) {
            s.add(t("未明确分管信息安全工作的领导。", "No leader in charge of security work is designated."));
        }
        Value<SecurityDepartment> d = org.securityDepartment();
        if (d.isNone()) {
            s.add(t("未明确信息安全工作的承办部门。", "No department is charged with security work."));
        } else if (d.isStated() && d.get().name().isStated()) {
            String name = local(d.get().name().get());
            s.add(t("确定" + name + "为信息安全管理工作的具体承办部门" + d.get().head().map(h -> "，由" + person(h) + "具体负责").orElse("") + "。",
                    name + " is the department that carries out security management" + d.get().head().map(h -> ", led by " + person(h)).orElse("") + "."));
        }
        Value<Items<SecurityOfficer>> officers = org.securityOfficers();
        if (officers.isStated() && officers.get().isEmpty() && officers.get().complete()) {
            s.add(t("未配备信息安全员。", "No security officer is appointed."));
        } else if (officers.isStated()) {
            for (SecurityOfficer o : officers.get()) {
                String kind = o.fullTime().map(f -> f ? t("专职", "full-time ") : t("兼职", "part-time ")).orElse("");
                boolean named = facts.person(o.person()).map(p -> p.name().isStated()).orElse(false);
                String who = person(o.person());
                if (!named && (who.contains("安全员") || who.toLowerCase(java.util.Locale.ROOT).contains("security officer"))) {
                    s.add(t("配备了" + kind + "信息安全员。", "A " + kind + "security officer is appointed."));
                } else {
                    s.add(t("任命" + who + "为" + kind + "信息安全员。", who + " is appointed " + kind + "security officer."));
                }
            }
        }
        Value<AdminRoles> roles = org.adminRoles();
        if (roles.isNone()) {
            s.add(t("未设置系统管理员、审计管理员和安全保密管理员（三员）。", "The three administrator roles are not set up."));
        } else if (roles.isStated()) {
            List<String> r = new ArrayList<>();
            roles.get().system().map(p -> r.add(t("系统管理员" + person(p), "system administrator " + person(p))));
            roles.get().audit().map(p -> r.add(t("审计管理员" + person(p), "audit administrator " + person(p))));
            roles.get().security().map(p -> r.add(t("安全保密管理员" + person(p), "security administrator " + person(p))));
            if (!r.isEmpty()) {
                s.add(t("设置了" + String.join("、", r) + "。", "Administrator roles: " + String.join(", ", r) + "."));
            }
        }
        List<Policy> policies = items(facts.policies());
        if (policies.stream().anyMatch(p -> p.kind() == PolicyKind.RESPONSIBILITY)) {
            s.add(t("建立了信息安全责任制。", "A security responsibility system is established."));
        }
        if (policies.stream().anyMatch(p -> p.kind() == PolicyKind.ACCOUNTABILITY)) {
            s.add(t("建立了责任追究制度，对违反信息安全管理制度造成安全事件的，追究相关人员责任。",
                    "An accountability rule holds people responsible for incidents caused by breaking the security rules."));
        }
        long letters = items(facts.people()).stream().filter(p -> p.responsibilityLetter().isEqualTo(true)).count();
        if (letters > 0) {
            s.add(t(letters + "人签订了信息安全责任书。", letters + " people signed a security responsibility letter."));
        }
        if (org.budget().isNone()) {
            s.add(t("未安排信息安全专项经费。", "No security budget is allocated."));
        } else if (org.budget().isStated() && org.budget().get().amount().isStated()) {
            String year = org.budget().get().year().map(y -> y + t("年度", " ")).orElse("");
            s.add(t(year + "安排信息安全专项经费" + org.budget().get().amount().get() + "元。",
                    "A security budget of " + org.budget().get().amount().get() + " yuan is allocated" + (year.isEmpty() ? "" : " for " + year.trim()) + "."));
        }
        if (!s.isEmpty()) {
            out.add(new Paragraph(String.join(t("", " "), s)));
        }
        return out;
    }

    // ------------------------------------------------------------------ 三、日常管理

    private String policyName(Policy p) {
        String kind = switch (p.kind()) {
            case SECURITY_POLICY -> t("网络安全总体方针", "security policy");
            case RESPONSIBILITY -> t("信息安全责任制", "responsibility system");
            case ACCOUNTABILITY -> t("责任追究制度", "accountability rules");
            case SOFTWARE_INSTALLATION -> t("软件安装使用管理制度", "software installation rules");
            case ASSET_MANAGEMENT -> t("资产管理制度", "asset management rules");
            case MEDIA_DISPOSAL -> t("存储介质报废销毁制度", "media disposal rules");
            case REMOVABLE_MEDIA -> t("移动存储介质管理制度", "removable media rules");
            case CLEAR_DESK -> t("人员离岗锁屏制度", "clear-desk rules");
            case PUBLISHING_APPROVAL -> t("网站信息发布审核制度", "publishing approval rules");
            case OPERATIONS -> t("运维管理制度", "operations rules");
            case PASSWORD -> t("口令管理制度", "password rules");
            case BACKUP -> t("数据备份制度", "backup rules");
            case OUTSOURCING -> t("外包服务管理制度", "outsourcing rules");
            case INCIDENT_RESPONSE -> t("安全事件处置制度", "incident response rules");
            case CONFIDENTIALITY -> t("保密管理制度", "confidentiality rules");
            case WEBSITE -> t("网站管理制度", "website rules");
            case MALWARE_AND_VULNERABILITY -> t("病毒和漏洞管理制度", "malware and vulnerability rules");
            case MACHINE_ROOM -> t("机房管理制度", "machine room rules");
            case INTERNET_ACCESS -> t("上网管理制度", "Internet access rules");
            case SECURITY_PLAN -> t("网络安全规划", "security plan");
            case OTHER -> p.title().map(this::local).orElse(t("其他制度", "other rules"));
        };
        if (lang == Lang.EN && p.kind() != PolicyKind.OTHER && p.title().isStated()) {
            return local(p.title().get());
        }
        if (lang == Lang.ZH && p.kind() != PolicyKind.OTHER && p.title().is(x -> HAN.matcher(local(x)).find())) {
            return "《" + local(p.title().get()) + "》";
        }
        return kind;
    }

    List<Block> daily() {
        List<Block> out = new ArrayList<>();
        Value<Items<Policy>> pol = facts.policies();
        if (pol.isStated() && pol.get().isEmpty() && pol.get().complete()) {
            out.add(new Paragraph(t("在制度建设方面，本单位未制定信息安全管理制度。", "Rules: the organization has no security rules.")));
        } else if (pol.isStated()) {
            out.add(new Paragraph(t("在制度建设方面，已建立的管理制度包括" + list(pol.get().stream().map(this::policyName).toList(), pol.get().isOpen()) + "。",
                    "Rules: the rules in force include " + list(pol.get().stream().map(this::policyName).toList(), pol.get().isOpen()) + ".")));
        }
        List<String> people = new ArrayList<>();
        List<Person> ps = items(facts.people());
        long left = ps.stream().filter(p -> p.left().isStated()).count();
        if (left > 0) {
            long exit = ps.stream().filter(p -> p.left().isStated() && p.exitAgreement().isEqualTo(true)).count();
            people.add(t(left + "人已离岗，其中" + exit + "人签订了离岗保密承诺",
                    left + " people have left, " + exit + " of whom signed an exit confidentiality commitment"));
        }
        long conf = ps.stream().filter(p -> p.confidentialityAgreement().isEqualTo(true)).count();
        if (conf > 0) {
            people.add(t(conf + "人签订了保密协议", conf + " people signed a confidentiality agreement"));
        }
        if (!people.isEmpty()) {
            out.add(new Paragraph(t("在人员管理方面，" + String.join("；", people) + "。", "People: " + String.join("; ", people) + ".")));
        }
        List<String> assets = new ArrayList<>();
        Value<LocalDate> inv = facts.organization().flatMap(Organization::assetInventory).flatMap(i -> i.updated());
        if (facts.organization().flatMap(Organization::assetInventory).isNone()) {
            assets.add(t("未建立信息资产台账", "there is no asset inventory"));
        } else if (inv.isStated()) {
            assets.add(t("信息资产台账于" + date(inv.get()) + "更新", "the asset inventory was updated on " + date(inv.get())));
        }
        Value<Items<Medium>> media = facts.media();
        if (media.isStated() && media.get().isEmpty() && media.get().complete()) {
            assets.add(t("未使用移动存储介质", "no removable media are used"));
        } else if (media.isStated() && !media.get().isEmpty()) {
            int n = media.get().stream().mapToInt(Medium::weight).sum();
            long kept = media.get().stream().filter(m -> m.custodian().isStated()).count();
            assets.add(t("登记移动存储介质" + (media.get().isOpen() ? "至少" : "") + n + "个" + (kept > 0 ? "，其中" + kept + "项有专人保管" : ""),
                    (media.get().isOpen() ? "at least " : "") + n + " removable media are registered" + (kept > 0 ? ", " + kept + " kept by a named custodian" : "")));
        }
        long disposed = devices().stream().filter(d -> d.disposal().isStated()).count()
                + items(media).stream().filter(m -> m.disposal().isStated()).count();
        if (disposed > 0) {
            assets.add(t("有" + disposed + "项设备或介质的报废处置记录", disposed + " disposals of devices or media are recorded"));
        }
        Value<Items<Maintenance>> mt = facts.maintenance();
        if (mt.isStated() && mt.get().isEmpty() && mt.get().complete()) {
            assets.add(t("无设备维修记录", "no maintenance is recorded"));
        } else if (mt.isStated()) {
            long approved = mt.get().stream().filter(m -> m.approved().isEqualTo(true)).count();
            long supervised = mt.get().stream().filter(m -> m.supervised().isEqualTo(true)).count();
            assets.add(t("记录设备维修" + mt.get().size() + "次，其中经审批" + approved + "次、有专人监督" + supervised + "次",
                    mt.get().size() + " repairs are recorded, " + approved + " approved and " + supervised + " supervised"));
        }
        if (!assets.isEmpty()) {
            out.add(new Paragraph(t("在资产管理方面，" + String.join("；", assets) + "。", "Assets: " + String.join("; ", assets) + ".")));
        }
        List<String> ops = new ArrayList<>();
        for (InfoSystem s : systems()) {
            Value<Operations> o = s.operations();
            if (o.flatMap(Operations::by).isEqualTo(OperatedBy.CONTRACTOR)) {
                String c = o.flatMap(Operations::contractor).map(this::contractor).orElse(t("第三方", "a third party"));
                StringBuilder b = new StringBuilder(t(system(s) + "委托" + c + "运维管理", system(s) + " is operated by " + c));
                Optional<Contractor> ctr = facts.contractorOf(s);
                Value<Agreement> ag = ctr.map(Contractor::agreement).orElse(Value.absent());
                if (ag.isNone()) {
                    b.append(t("，未签订服务协议", ", without a service agreement"));
                } else if (ag.isStated()) {
                    Agreement a = ag.get();
                    b.append(t("，签订了服务协议", " under a service agreement"));
                    a.signed().map(d -> b.append(t("（" + date(d) + "签订）", " signed " + date(d))));
                    if (a.securityClauses().isEqualTo(true)) {
                        b.append(t("，协议明确了相关安全事项", " that states the security terms"));
                    }
                    if (a.confidentialityClause().isEqualTo(true)) {
                        b.append(t("，含保密条款", ", with a confidentiality clause"));
                    }
                    a.expires().map(d -> b.append(t("，有效期至" + date(d), ", valid until " + date(d))));
                }
                ops.add(b.toString());
            }
        }
        List<String> self = systems().stream().filter(s -> s.operations().flatMap(Operations::by).isEqualTo(OperatedBy.SELF))
                .map(this::system).toList();
        if (!self.isEmpty()) {
            ops.add(t(list(self, false) + "由本单位自行运维", capital(list(self, false)) + (self.size() == 1 ? " is" : " are") + " operated in-house"));
        }
        for (InfoSystem s : systems()) {
            Value<Operations> o = s.operations();
            o.flatMap(Operations::owner).map(p -> ops.add(t(system(s) + "由" + person(p) + "专人负责运维", system(s) + " is run by " + person(p))));
            o.flatMap(Operations::logFrequency).map(f -> ops.add(t(system(s) + freq(f) + "记录运维日志", system(s) + " keeps an operations log " + freq(f))));
            o.flatMap(Operations::logLastEntry).map(d -> ops.add(t(system(s) + "运维日志最近记录于" + date(d), "the last operations log entry of " + system(s) + " is of " + date(d))));
        }
        if (!ops.isEmpty()) {
            out.add(new Paragraph(t("在运维管理方面，" + String.join("；", ops) + "。", "Operations: " + String.join("; ", ops) + ".")));
        }
        Value<Items<Account>> acc = facts.accounts();
        if (acc.isStated() && !acc.get().isEmpty()) {
            List<Account> a = acc.get().items();
            long approved = a.stream().filter(x -> x.approvedBy().isStated()).count();
            long shared = a.stream().filter(x -> x.shared().isEqualTo(true)).count();
            long disabled = a.stream().filter(x -> x.enabled().isEqualTo(false)).count();
            out.add(new Paragraph(t("在账户管理方面，登记系统账户" + (acc.get().isOpen() ? "至少" : "") + a.size() + "个，其中经审批开通" + approved
                            + "个，共享账户" + shared + "个，已停用" + disabled + "个。",
                    "Accounts: " + (acc.get().isOpen() ? "at least " : "") + a.size() + " accounts are registered, " + approved
                            + " opened with approval, " + shared + " shared, " + disabled + " disabled.")));
        }
        return out;
    }

    // ------------------------------------------------------------------ 四、技术防护

    List<Block> technical() {
        List<Block> out = new ArrayList<>();
        for (Device d : devices()) {
            if (d.status().isEqualTo(DeviceStatus.SCRAPPED)) {
                continue;
            }
            List<String> c = deviceClauses(d);
            if (!c.isEmpty()) {
                String n = d.count().map(x -> t("（" + x + "台）", " (" + x + ")")).orElse("");
                out.add(new Paragraph(t("在" + device(d) + n + "安全防护方面，" + String.join("，", c) + "。",
                        capital(device(d)) + n + ": " + String.join("; ", c) + ".")));
            }
        }
        Value<OrgNetwork> net = facts.organization().flatMap(Organization::network);
        List<String> nc = networkClauses(net);
        if (!nc.isEmpty()) {
            out.add(new Paragraph(t("在网络边界防护方面，" + String.join("，", nc) + "。", "Network: " + String.join("; ", nc) + ".")));
        }
        for (InfoSystem s : systems()) {
            if (!s.website().isKnown()) {
                continue;
            }
            List<String> c = websiteClauses(s);
            if (!c.isEmpty()) {
                out.add(new Paragraph(t("在" + system(s) + "安全防护方面，" + String.join("，", c) + "。",
                        capital(system(s)) + ": " + String.join("; ", c) + ".")));
            }
        }
        List<String> sys = new ArrayList<>();
        for (InfoSystem s : systems()) {
            if (!s.website().isKnown()) {
                String sc = scans(s.scans());
                if (!sc.isEmpty()) {
                    sys.add(t(system(s) + sc, system(s) + ": " + sc));
                }
            }
            backup(s).ifPresent(sys::add);
            s.audit().flatMap(a -> a.enabled()).map(e -> sys.add(e ? t(system(s) + "开启了安全审计", system(s) + " has security audit enabled")
                    : t(system(s) + "未开启安全审计", system(s) + " has no security audit")));
            s.crypto().flatMap(c -> c.inTransit()).map(e -> sys.add(e ? t(system(s) + "对传输数据进行加密保护", system(s) + " encrypts data in transit")
                    : t(system(s) + "未对传输数据加密", system(s) + " does not encrypt data in transit")));
        }
        if (!sys.isEmpty()) {
            out.add(new Paragraph(t("在信息系统防护和数据备份方面，" + String.join("；", sys) + "。", "Systems and backup: " + String.join("; ", sys) + ".")));
        }
        List<String> logs = logs();
        if (!logs.isEmpty()) {
            out.add(new Paragraph(t("在日志管理方面，" + String.join("；", logs) + "。", "Logs: " + String.join("; ", logs) + ".")));
        }
        return out;
    }

    private List<String> deviceClauses(Device d) {
        List<String> c = new ArrayList<>();
        d.managed().map(b -> c.add(b ? t("实行集中安全管理", "centrally managed") : t("未实行集中安全管理", "not centrally managed")));
        d.password().map(p -> {
            if (p.set().isEqualTo(true)) {
                String how = p.lastChanged().map(x -> t("，最近于" + date(x) + "更换", ", last changed " + date(x)))
                        .orElse(p.changeFrequency().map(f -> t("，" + freq(f) + "更换", ", changed " + freq(f))).orElse(""));
                c.add(t("设置了登录口令", "a login password is set") + how);
            } else if (p.set().isEqualTo(false)) {
                c.add(t("未设置登录口令", "no login password is set"));
            }
            return p;
        });
        if (d.password().isNone()) {
            c.add(t("未设置登录口令", "no login password is set"));
        }
        d.internetConnected().map(b -> c.add(b ? t("接入互联网", "connected to the Internet") : t("不接入互联网", "not connected to the Internet")));
        d.realNameRegistered().map(b -> c.add(b ? t("上网实行实名登记", "Internet access registered by real name") : t("上网未实行实名登记", "Internet access not registered by real name")));
        d.user().map(u -> c.add(t("登记使用人为" + person(u), "registered to " + person(u))));
        d.network().map(n -> {
            if (n.macBound().isEqualTo(true)) {
                c.add(t("绑定IP与MAC地址", "IP and MAC addresses bound"));
            } else if (n.macBound().isEqualTo(false)) {
                c.add(t("未绑定IP与MAC地址", "IP and MAC addresses not bound"));
            }
            if (n.staticIp().isEqualTo(true)) {
                c.add(t("指定固定IP地址", "fixed IP addresses"));
            }
            return n;
        });
        Value<Antivirus> av = d.antivirus();
        if (av.isNone() || av.flatMap(Antivirus::installed).isEqualTo(false)) {
            c.add(t("未安装防病毒软件", "no antivirus installed"));
        } else if (av.flatMap(Antivirus::installed).isEqualTo(true)) {
            StringBuilder b = new StringBuilder(t("安装了防病毒软件", "antivirus installed"));
            av.flatMap(Antivirus::product).map(p -> b.append(t("（" + facts.product(p).flatMap(x -> Optional.ofNullable(x.name().orElse(null))).orElse(p) + "）", " (" + p + ")")));
            av.flatMap(Antivirus::autoUpdate).map(u -> u ? b.append(t("并自动升级病毒库", ", signatures updated automatically")) : b);
            av.flatMap(Antivirus::updateFrequency).map(f -> b.append(t("，病毒库" + freq(f) + "升级", ", signatures updated " + freq(f))));
            av.flatMap(Antivirus::signatureDate).map(x -> b.append(t("，病毒库日期为" + date(x), ", signatures of " + date(x))));
            c.add(b.toString());
        }
        String sc = scans(d.scans());
        if (!sc.isEmpty()) {
            c.add(sc);
        }
        d.usbStorageBlocked().map(b -> c.add(b ? t("封闭了移动存储接口", "removable storage blocked") : t("未封闭移动存储接口", "removable storage not blocked")));
        d.autoLockMinutes().map(m -> c.add(t(m + "分钟无操作自动锁屏", "screen locks after " + m + " minutes")));
        d.classified().map(b -> b ? c.add(t("为涉密计算机", "classified computers")) : false);
        d.processesClassified().map(b -> c.add(b ? t("用于处理涉密信息", "used for classified information")
                : t("不用于处理涉密信息", "not used for classified information")));
        d.os().map(o -> {
            String name = o.name().map(this::local).orElse("");
            o.domestic().map(b -> c.add(t("操作系统" + (name.isEmpty() ? "" : "为" + name + "，") + (b ? "为国产" : "非国产"),
                    "operating system " + (name.isEmpty() ? "" : name + ", ") + (b ? "domestic" : "not domestic"))));
            return o;
        });
        d.cpu().map(p -> {
            String vendor = p.vendor().map(this::local).orElse("");
            p.domestic().map(b -> c.add(t("CPU" + (vendor.isEmpty() ? "" : "为" + vendor + "，") + (b ? "为国产" : "非国产"),
                    "CPU " + (vendor.isEmpty() ? "" : vendor + ", ") + (b ? "domestic" : "not domestic"))));
            return p;
        });
        d.officeSuite().map(o -> {
            String name = o.name().map(this::local).orElse("");
            o.domestic().map(b -> c.add(t("办公软件" + (name.isEmpty() ? "" : "为" + name + "，") + (b ? "为国产" : "非国产"),
                    "office software " + (name.isEmpty() ? "" : name + ", ") + (b ? "domestic" : "not domestic"))));
            return o;
        });
        return c;
    }

    private String scans(Value<Items<Scan>> scans) {
        List<String> parts = new ArrayList<>();
        for (ScanKind k : ScanKind.values()) {
            String what = k == ScanKind.VULNERABILITY ? t("漏洞扫描", "vulnerability scans") : t("病毒木马检测", "malware scans");
            List<Scan> of = items(scans).stream().filter(s -> s.kind() == k).toList();
            Optional<LocalDate> last = of.stream().flatMap(s -> s.date().map(Optional::of).orElse(Optional.empty()).stream())
                    .max(LocalDate::compareTo);
            Optional<Frequency> f = of.stream().flatMap(s -> s.frequency().map(Optional::of).orElse(Optional.empty()).stream()).findFirst();
            if (last.isPresent()) {
                parts.add(t("最近一次" + what + "于" + date(last.get()), "last " + what + " on " + date(last.get())));
            } else if (f.isPresent()) {
                parts.add(t(freq(f.get()) + "开展" + what, what + " " + freq(f.get())));
            } else if (of.stream().anyMatch(s -> s.date().isNone())) {
                parts.add(t("未开展" + what, "no " + what));
            }
        }
        if (parts.size() == 2 && lang == Lang.ZH && parts.get(0).startsWith("定期开展") && parts.get(1).startsWith("定期开展")) {
            return "定期开展漏洞扫描和病毒木马检测";
        }
        return String.join(t("，", "; "), parts);
    }

    private Optional<String> backup(InfoSystem s) {
        Value<Backup> b = s.backup();
        if (b.isNone()) {
            return Optional.of(t(system(s) + "未进行数据备份", system(s) + " has no backup"));
        }
        if (!b.isStated()) {
            return Optional.empty();
        }
        List<String> c = new ArrayList<>();
        Backup x = b.get();
        x.local().map(v -> c.add(v ? t("本地备份", "local backup") : t("无本地备份", "no local backup")));
        x.offsite().map(v -> c.add(v ? t("异地备份", "off-site backup") : t("无异地备份", "no off-site backup")));
        x.realtime().map(v -> v ? c.add(t("实时备份", "real-time backup")) : false);
        x.hotStandby().map(v -> v ? c.add(t("热备", "hot standby")) : false);
        x.frequency().map(f -> c.add(t(freq(f) + "备份", "backed up " + freq(f))));
        x.lastSuccess().map(d -> c.add(t("最近一次备份于" + date(d), "last backup " + date(d))));
        x.lastRestoreTest().map(d -> c.add(t("最近一次恢复测试于" + date(d), "last restore test " + date(d))));
        return c.isEmpty() ? Optional.empty() : Optional.of(t(system(s) + "：" + String.join("、", c), system(s) + ": " + String.join(", ", c)));
    }

    private List<String> logs() {
        // systems with the same stated log practice are written together
        Map<String, List<String>> byPractice = new LinkedHashMap<>();
        for (InfoSystem s : systems()) {
            Value<Logs> l = s.logs();
            if (!l.isStated()) {
                continue;
            }
            List<String> c = new ArrayList<>();
            Logs x = l.get();
            x.lastBackup().map(d -> c.add(t("安全日志最近一次备份于" + date(d), "logs last backed up " + date(d))));
            if (!x.lastBackup().isStated()) {
                x.backupFrequency().map(f -> c.add(t(freq(f) + "备份安全日志", "logs backed up " + freq(f))));
            }
            x.lastAnalysis().map(d -> c.add(t("最近一次日志分析于" + date(d), "last log analysis " + date(d))));
            if (!x.lastAnalysis().isStated()) {
                x.analysisFrequency().map(f -> c.add(t(freq(f) + "开展安全分析", "security analysis " + freq(f))));
            }
            x.analyst().map(p -> c.add(t("由" + person(p) + "负责日志分析", "analysed by " + person(p))));
            x.retentionDays().map(n -> c.add(t("日志留存" + n + "天", "kept " + n + " days")));
            if (!c.isEmpty()) {
                byPractice.computeIfAbsent(String.join(t("，", ", "), c), k -> new ArrayList<>()).add(system(s));
            }
        }
        List<String> out = new ArrayList<>();
        List<String> all = systems().stream().map(this::system).toList();
        byPractice.forEach((practice, names) -> {
            String who = names.size() == all.size() && all.size() > 1 ? t("全部" + all.size() + "个信息系统均", "all " + all.size() + " systems: ")
                    : t(list(names, false), list(names, false) + ": ");
            out.add(who + practice);
        });
        return out;
    }

    private List<String> networkClauses(Value<OrgNetwork> net) {
        List<String> c = new ArrayList<>();
        if (!net.isStated()) {
            return c;
        }
        OrgNetwork n = net.get();
        Value<Boundary> b = n.boundary();
        if (b.isNone()) {
            c.add(t("网络边界未部署防护设备", "the boundary is not protected"));
        }
        b.flatMap(Boundary::firewall).map(v -> c.add(v ? t("网络边界部署了防火墙", "a firewall guards the boundary") : t("网络边界未部署防火墙", "no boundary firewall")));
        b.flatMap(Boundary::defaultDeny).map(v -> c.add(v ? t("防火墙策略默认拒绝", "the firewall denies by default") : t("防火墙策略未默认拒绝", "the firewall does not deny by default")));
        b.flatMap(Boundary::ids).map(v -> v ? c.add(t("部署了入侵检测系统", "intrusion detection deployed")) : false);
        b.flatMap(Boundary::ips).map(v -> v ? c.add(t("部署了入侵防御系统", "intrusion prevention deployed")) : false);
        n.nac().map(v -> c.add(v ? t("实行网络准入控制", "network access control in place") : t("未实行网络准入控制", "no network access control")));
        n.internetAccessAudit().map(v -> c.add(v ? t("开展上网行为审计", "Internet activity audited") : t("未开展上网行为审计", "Internet activity not audited")));
        n.zoneSeparation().map(z -> c.add(switch (z) {
            case PHYSICAL -> t("内网与互联网物理隔离", "intranet and Internet physically separated");
            case LOGICAL -> t("内网与互联网逻辑隔离", "intranet and Internet logically separated");
            case NONE -> t("内网与互联网未隔离", "intranet and Internet not separated");
            case SINGLE_NETWORK -> t("仅使用单一网络", "a single network only");
        }));
        n.wireless().map(w -> c.add(w.isEmpty() && w.complete() ? t("未建设无线网络", "no wireless network")
                : t("有无线网络" + w.size() + "个", w.size() + " wireless networks")));
        return c;
    }

    private List<String> websiteClauses(InfoSystem s) {
        List<String> c = new ArrayList<>();
        if (s.website().isNone()) {
            return c;
        }
        Website x = s.website().get();
        x.domain().map(d -> c.add(t("域名为" + d, "domain " + d)));
        x.approvalWorkflow().map(v -> c.add(v ? t("落实了网站信息发布审核制度，做到先审后发", "every item is approved before publication")
                : t("信息发布未实行先审后发", "items are published without prior approval")));
        List<String> devices = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        x.firewall().map(v -> (v ? devices : missing).add(t("边界防护（防火墙）", "border protection (firewall)")));
        x.waf().map(v -> (v ? devices : missing).add(t("Web应用防火墙", "a web application firewall")));
        x.antiDdos().map(v -> (v ? devices : missing).add(t("防拒绝服务攻击", "denial-of-service protection")));
        Value<AntiTamper> at = x.antiTamper();
        at.flatMap(AntiTamper::enabled).map(v -> (v ? devices : missing).add(t("网页防篡改", "web page anti-tamper")));
        if (!devices.isEmpty()) {
            c.add(t("部署了" + String.join("、", devices) + "等安全防护措施", "protected by " + joinEn(devices)));
        }
        if (!missing.isEmpty()) {
            c.add(t("未部署" + String.join("、", missing), "without " + joinEn(missing)));
        }
        at.flatMap(AntiTamper::autoRestore).map(v -> c.add(v ? t("被篡改网页可自动恢复", "tampered pages restore automatically")
                : t("被篡改网页不能自动恢复", "tampered pages do not restore automatically")));
        x.monitoring().map(v -> c.add(v ? t("有专人值守监测", "monitored by a person on duty") : t("无值守监测", "not monitored")));
        String sc = scans(s.scans());
        if (!sc.isEmpty()) {
            c.add(sc.replace("病毒木马检测", "木马检测"));
        }
        return c;
    }

    // ------------------------------------------------------------------ 五、应急管理

    List<Block> emergency() {
        List<Block> out = new ArrayList<>();
        List<String> s = new ArrayList<>();
        Value<Items<Plan>> plans = facts.plans();
        List<Plan> emergency = items(plans).stream().filter(p -> p.kind() == PlanKind.EMERGENCY).toList();
        if (plans.isStated() && plans.get().complete() && emergency.isEmpty()) {
            s.add(t("本单位未制定信息安全应急预案。", "The organization has no emergency plan."));
        }
        for (Plan p : emergency) {
            StringBuilder b = new StringBuilder();
            p.basedOn().map(x -> b.append(t("依据《" + local(x) + "》精神，", "Following " + local(x) + ", ")));
            b.append(t("制定了" + plan(p), (b.isEmpty() ? "The organization" : "the organization") + " has drawn up " + plan(p)));
            p.approved().map(d -> b.append(t("（" + date(d) + "批准）", " (approved " + date(d) + ")")));
            p.revised().map(d -> b.append(t("，" + date(d) + "修订", ", revised " + date(d))));
            p.sections().map(sec -> sec.isEmpty() ? b : b.append(t("，包含" + sec.size() + "个组成部分", ", with " + sec.size() + " of the five parts")));
            p.covers().map(cv -> b.append(cv.all() ? t("，覆盖全部信息系统", ", covering every system")
                    : t("，覆盖" + cv.systems().size() + "个信息系统", ", covering " + cv.systems().size() + " systems")));
            boolean trained = items(facts.trainings()).stream().anyMatch(tr -> tr.plan().isEqualTo(p.id()));
            if (trained) {
                b.append(t("，并组织开展了相应的宣传培训", ", and its publicity and training were organized"));
            }
            b.append(t("。", "."));
            if (p.technicalSupport().isNone()) {
                b.append(t("预案未明确应急技术支撑队伍。", " The plan names no technical support team."));
            } else if (p.technicalSupport().isStated()) {
                String who = p.technicalSupport().get().isInternal() ? t("本单位技术人员", "the organization's own technical staff")
                        : contractor(p.technicalSupport().get().contractor());
                b.append(t("按照预案要求，明确" + who + "为本单位应急技术支撑队伍。",
                        " As the plan requires, " + who + " is the emergency technical support team."));
            }
            s.add(b.toString());
        }
        for (Contractor c : items(facts.contractors())) {
            boolean named = emergency.stream().anyMatch(p -> p.technicalSupport().is(ts -> c.id().equals(ts.contractor())));
            if (!named && c.services().is(sv -> sv.items().contains(ContractorService.EMERGENCY_SUPPORT))) {
                s.add(t(contractor(c.id()) + "为本单位提供应急技术支撑服务。", contractor(c.id()) + " provides emergency technical support."));
            }
        }
        Value<Items<Drill>> drills = facts.drills();
        if (drills.isStated() && drills.get().isEmpty() && drills.get().complete()) {
            s.add(t("本年度未开展应急演练。", "No emergency drill was held."));
        }
        for (Drill d : items(drills)) {
            String when = d.date().map(x -> t(date(x), "on " + date(x))).orElse(d.frequency().map(this::freq).orElse(""));
            String what = d.scenario().map(x -> t("“" + local(x) + "”", " \"" + local(x) + "\"")).orElse("");
            s.add(t(when + "开展了" + what + "应急演练" + d.recoveryMinutes().map(m -> "，恢复用时" + m + "分钟").orElse("") + "。",
                    capital(("an emergency drill" + what + " was held " + when).trim()) + d.recoveryMinutes().map(m -> "; recovery took " + m + " minutes").orElse("") + "."));
        }
        out.addAll(s.isEmpty() ? List.of() : List.of(new Paragraph(String.join(t("", " "), s))));
        Value<Items<Incident>> inc = facts.incidents();
        if (inc.isStated() && inc.get().isEmpty() && inc.get().complete()) {
            out.add(new Paragraph(t("经检查，本单位信息系统运行中未发生信息安全事件，未发现病毒木马等恶意代码感染和信息泄露，门户网站未遭受攻击和篡改（含嵌入恶意代码）。",
                    "No security incident is recorded: no malware infection or leak in the systems, and the portal was not attacked or tampered with (including embedded malicious code).")));
        } else if (inc.isStated()) {
            Map<String, Long> kinds = new LinkedHashMap<>();
            for (Incident i : inc.get()) {
                kinds.merge(i.kind().map(k -> k.name()).orElse("?"), 1L, Long::sum);
            }
            long resolved = inc.get().stream().filter(i -> i.resolved().isStated()).count();
            out.add(new Paragraph(t("共记录信息安全事件" + (inc.get().isOpen() ? "至少" : "") + inc.get().size() + "起，其中已处置完毕" + resolved + "起。",
                    (inc.get().isOpen() ? "At least " : "") + inc.get().size() + " security incidents are recorded, " + resolved + " resolved.")));
        }
        return out;
    }

    // ------------------------------------------------------------------ 六、教育培训

    List<Block> training() {
        List<Block> out = new ArrayList<>();
        Value<Items<Training>> tr = facts.trainings();
        List<String> s = new ArrayList<>();
        if (tr.isStated() && tr.get().isEmpty() && tr.get().complete()) {
            s.add(t("本单位未开展信息安全教育培训。", "No security training was held."));
        }
        for (Training x : items(tr)) {
            if (x.plan().isStated() && x.audience().isAbsent()) {
                continue; // written with its plan (五、应急管理)
            }
            String when = x.date().map(d -> t(date(d), "On " + date(d) + ", ")).orElse("");
            String who = x.audience().map(a -> switch (a) {
                case ALL_STAFF -> t("全体领导干部和工作人员参加了信息安全教育培训", "all leaders and staff took part in security education and training");
                case LEADERS -> t("单位领导参加了信息安全培训", "the leaders took part in security training");
                case TECHNICAL -> t("信息安全管理和技术人员参加了信息安全专业培训", "security management and technical staff took part in professional security training");
            }).orElse(t("开展了信息安全培训", "security training was held"));
            String topic = Optional.ofNullable(x.topic().map(this::local).orElse(null)).filter(p -> lang == Lang.EN || HAN.matcher(p).find())
                    .map(p -> t("（" + p + "）", " (" + p + ")")).orElse("");
            String count = x.attendeeCount().map(n -> t("，参训" + n + "人", ", " + n + " attended"))
                    .orElse(x.attendees().map(a -> t("，参训" + a.size() + "人", ", " + a.size() + " attended")).orElse(""));
            String ext = x.external().map(e -> e ? t("（外部培训）", " (external)") : "").orElse("");
            s.add(lang == Lang.ZH ? when + who + topic + ext + count + "。" : capital(when + who) + topic + ext + count + ".");
        }
        List<Person> ps = items(facts.people());
        long certified = ps.stream().filter(p -> p.certifications().is(c -> !c.isEmpty())).count();
        if (certified > 0) {
            s.add(t(certified + "人持有信息安全相关资格证书。", certified + " people hold security certifications."));
        }
        if (!s.isEmpty()) {
            out.add(new Paragraph(String.join(t("", " "), s)));
        }
        return out;
    }

    // ------------------------------------------------------------------ 七、检查与整改

    List<Block> inspections() {
        List<Block> out = new ArrayList<>();
        List<String> s = new ArrayList<>();
        Value<Items<Inspection>> ins = facts.inspections();
        if (ins.isStated() && ins.get().isEmpty() && ins.get().complete()) {
            s.add(t("本单位未开展信息安全检查。", "No security inspection was held."));
        }
        for (Inspection i : items(ins)) {
            String kind = switch (i.kind()) {
                case ROUTINE -> t("日常信息安全检查", "routine security inspections");
                case COMPREHENSIVE -> t("全面信息安全检查", "a comprehensive security inspection");
                case SELF -> t("信息安全自查", "a self-inspection");
                case SPOT -> t("信息安全抽查", "a spot check");
            };
            String when = i.date().map(d -> t(date(d), "on " + date(d))).orElse(i.frequency().map(f -> f == Frequency.REGULAR
                    ? t("定期", "regularly") : freq(f)).orElse(""));
            StringBuilder b = new StringBuilder(t("本单位" + when + "开展" + kind, "The organization holds " + kind + " " + when));
            i.orderedBy().map(o -> b.append(t("（按" + local(o) + "要求）", " (ordered by " + local(o) + ")")));
            i.checklist().map(c -> c ? b.append(t("，对照检查清单逐项检查", ", item by item against a checklist")) : b);
            i.reportIssued().map(r -> r ? b.append(t("，形成了检查报告", ", with a written report")) : b);
            i.circulated().map(r -> r ? b.append(t("，并通报了检查结果", ", its results circulated")) : b);
            s.add(b.toString().trim() + t("。", "."));
        }
        Value<SelfInspection> si = facts.organization().flatMap(Organization::selfInspection);
        if (si.isStated()) {
            SelfInspection x = si.get();
            x.reportSubmitted().map(d -> s.add(t(x.year().map(y -> y + "年度").orElse("") + "自查报告已于" + date(d) + "报送。",
                    "The " + x.year().map(y -> y + " ").orElse("") + "self-inspection report was submitted on " + date(d) + ".")));
            x.externalTester().flatMap(e -> e.used()).map(u -> u ? s.add(t("委托外部技术队伍开展了检测。", "An external team tested on the organization's behalf.")) : false);
        }
        List<io.github.anjian.facts.Finding> f = items(facts.findings());
        if (!f.isEmpty()) {
            long closed = f.stream().filter(x -> x.closed().isStated() || x.status().isEqualTo(io.github.anjian.facts.FindingStatus.CLOSED)).count();
            s.add(t("问题隐患台账共记录问题" + f.size() + "项，已整改完毕" + closed + "项，正在整改" + (f.size() - closed) + "项。",
                    f.size() + " findings are recorded: " + closed + " closed, " + (f.size() - closed) + " open."));
        }
        if (!s.isEmpty()) {
            out.add(new Paragraph(String.join(t("", " "), s)));
        }
        return out;
    }

    /** Localization and remediation plans, for 九、整改措施和计划. */
    List<String> remediationPlans() {
        List<String> out = new ArrayList<>();
        for (Plan p : items(facts.plans())) {
            if (p.kind() == PlanKind.LOCALIZATION || p.kind() == PlanKind.REMEDIATION) {
                String target = p.targetDate().map(d -> t("，目标完成时间" + date(d), ", target date " + date(d))).orElse("");
                out.add(t("已制定" + plan(p) + target + "。", "The organization has drawn up " + plan(p) + target + "."));
            }
        }
        return out;
    }
}
