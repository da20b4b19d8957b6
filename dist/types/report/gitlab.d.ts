import type { Report } from '../types.js';
/**
 * GitLab's secret-detection report (`artifacts: reports: secret_detection`), schema 15.2.1 of
 * gitlab-org/security-products/security-report-schemas: what GitLab shows in a merge request's
 * security widget and the vulnerability report. Shape facts from that schema: `location.commit.sha`
 * is required, times are `yyyy-mm-ddThh:mm:ss` in UTC, severities are capitalised, the first
 * identifier is the primary one. No key: `raw_source_code_extract` holds the redacted form.
 */
export declare const GITLAB_SCHEMA_VERSION = "15.2.1";
export declare const GITLAB_SCHEMA_URL = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.2.1/dist/secret-detection-report-format.json";
export interface GitlabOptions {
    /** The commit a tree or staged scan looked at (HEAD), for findings that carry none. */
    headCommit?: string | undefined;
    /** When the report is written (tests pin it). */
    now?: number;
}
export declare function toGitlabReport(report: Report, opts?: GitlabOptions): Record<string, unknown>;
export declare function toGitlab(report: Report, opts?: GitlabOptions): string;
export declare function toCodeQualityReport(report: Report): Array<Record<string, unknown>>;
export declare function toCodeQuality(report: Report): string;
