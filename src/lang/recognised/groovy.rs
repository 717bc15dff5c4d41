//! Groovy as models write it for builds: a Jenkinsfile's declarative
//! pipeline (`pipeline {`, `stage('Build') {`, `sh '...'`) and a Gradle
//! build script in the Groovy DSL (`implementation 'g:a:1.0'`, `apply
//! plugin: 'java'`). Recognised in content only (`language-mismatch`: a
//! Jenkinsfile saved as `.gitlab-ci.yml`), not checked.

use crate::lang::LineTell;

/// Gradle's dependency configurations.
const CONFIGURATIONS: &[&str] = &[
    "implementation",
    "api",
    "compileOnly",
    "runtimeOnly",
    "testImplementation",
    "testRuntimeOnly",
    "annotationProcessor",
    "kapt",
    "classpath",
];

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    match t {
        "pipeline {" => out.push(("a Jenkins `pipeline {` block", 6)),
        "stages {" | "steps {" | "post {" | "environment {" | "options {" | "triggers {" => {
            out.push(("a Jenkins pipeline section", 2))
        }
        "agent any" | "agent none" => out.push(("a Jenkins `agent`", 4)),
        _ => {}
    }
    // `stage('Build') {`, `stage("Deploy") {`
    if (t.starts_with("stage('") || t.starts_with("stage(\"")) && t.ends_with(") {") {
        out.push(("a Jenkins `stage(...)` block", 4));
    }
    // `sh 'npm ci'`, `sh "make ${TARGET}"`, `sh '''`
    if let Some(rest) = t.strip_prefix("sh ").or_else(|| t.strip_prefix("bat ")) {
        if rest.starts_with(['\'', '"']) {
            out.push(("a Jenkins `sh` step", 2));
        }
    }
    // `implementation 'org.slf4j:slf4j-api:2.0.13'` (Kotlin's DSL calls:
    // `implementation("...")`).
    if let Some((word, rest)) = t.split_once(' ') {
        if CONFIGURATIONS.contains(&word)
            && rest.starts_with(['\'', '"'])
            && rest.matches(':').count() >= 1
        {
            out.push(("a Gradle (Groovy DSL) dependency", 3));
        }
    }
    // `apply plugin: 'java'`, `id 'org.springframework.boot' version '3.3.0'`
    if t.starts_with("apply plugin: ")
        || (t.starts_with("id '") && (t.ends_with('\'') || t.contains("' version '")))
    {
        out.push(("a Gradle (Groovy DSL) plugin", 3));
    }
    // `sourceCompatibility = '17'`, `group = 'com.example'`
    if ["sourceCompatibility = ", "targetCompatibility = "]
        .iter()
        .any(|p| t.starts_with(p))
    {
        out.push(("a Gradle setting", 2));
    }
}
