//! CPython's compile-time checks that ruff's parser leaves to a second pass:
//! `return` outside a function, `break` outside a loop, a keyword argument
//! given twice, a parameter named twice, `nonlocal` without a binding, a name
//! used before its `global` declaration, and the rest of
//! [`SemanticSyntaxChecker`]'s list. `python -c 'compile(src, f, "exec")'`
//! raises `SyntaxError` for each of them, so a file with one does not run.
//!
//! The checker only asks questions about where it is (in a function? in a
//! loop? is `x` a parameter here?); [`Walker`] keeps the scopes that answer
//! them while it walks the tree in CPython's scope order: defaults,
//! decorators, annotations and a comprehension's first iterable belong to
//! the enclosing scope.
//!
//! gencheck must accept valid code of every current Python (3.8 to 3.14), so
//! no error is reported that some version accepts:
//!
//! - the target version is 3.13: the 3.14-only checks of annotations
//!   (PEP 649) and the pre-3.11 rule on async comprehensions stay off;
//! - `del __debug__` is valid on 3.8: not reported;
//! - with `from __future__ import annotations`, 3.8 and 3.9 never compile
//!   the annotations (3.10+ reject `yield`, `await` and `:=` in them): the
//!   annotations are not checked at all;
//! - a name used in an `except` clause before a `global` in the `else`
//!   clause of the same `try` is valid up to 3.12 (CPython visited `else`
//!   first; gh-111123): not reported.
//!
//! Top-level `await` (and `async for`/`async with`) is reported: `compile()`
//! accepts it only with `PyCF_ALLOW_TOP_LEVEL_AWAIT`, which `python file.py`
//! and `import` never set; notebooks are not Python files here.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{
    self as ast, Expr, ExprContext, IrrefutablePatternKind, PythonVersion, Stmt,
};
use ruff_python_parser::semantic_errors::{
    AwaitOutsideAsyncFunctionKind, LazyImportContext, SemanticSyntaxChecker, SemanticSyntaxContext,
    SemanticSyntaxError, SemanticSyntaxErrorKind, WriteToDebugKind, YieldOutsideFunctionKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::diagnostic::Span;

/// One compile-time error: where, what (CPython's words), and a hint.
#[derive(Debug, Clone)]
pub struct SemanticError {
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

/// Expressions nested deeper than this are not checked: a chain of 10^5
/// `+` is a tree that deep, and the walk must not exhaust the stack (ruff's
/// parser is not given brackets nested deeper than this either).
const MAX_DEPTH: usize = 1000;

/// Every compile-time error CPython raises for `module` (which parsed
/// without errors), in source order, one per position.
pub fn semantic_errors(text: &str, module: &ast::ModModule) -> Vec<SemanticError> {
    let future_annotations = module.body.iter().any(|s| match s {
        Stmt::ImportFrom(i) => {
            i.module.as_deref() == Some("__future__")
                && i.names.iter().any(|n| n.name.as_str() == "annotations")
        }
        _ => false,
    });
    let mut walker = Walker {
        checker: Some(SemanticSyntaxChecker::new()),
        source: text,
        scopes: Vec::new(),
        errors: RefCell::new(Vec::new()),
        name_ctx: Cell::new(None),
        future_annotations,
        depth: 0,
    };
    let module_scope = walker.scope(ScopeKind::Module, &module.body);
    walker.push(module_scope);
    walker.visit_body(&module.body);

    let mut out: Vec<SemanticError> = walker
        .errors
        .into_inner()
        .into_iter()
        .map(|(range, message, help)| {
            let start = range.start().to_usize().min(text.len());
            let mut end = range.end().to_usize().clamp(start, text.len());
            // A whole `case` block or statement: its first line is enough.
            if let Some(nl) = text[start..end].find(['\n', '\r']) {
                end = start + nl;
            }
            SemanticError {
                span: Span::new(start, end.max(start)),
                message,
                help,
            }
        })
        .collect();
    out.sort_by_key(|e| (e.span.start, e.span.end));
    out.dedup_by_key(|e| e.span.start);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Comprehension {
    List,
    Set,
    Dict,
    Generator,
}

impl Comprehension {
    fn name(self) -> &'static str {
        match self {
            Comprehension::List => "list comprehension",
            Comprehension::Set => "set comprehension",
            Comprehension::Dict => "dict comprehension",
            Comprehension::Generator => "generator expression",
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum ScopeKind<'a> {
    Module,
    Function(&'a ast::StmtFunctionDef),
    Lambda,
    Class,
    Comprehension { kind: Comprehension, is_async: bool },
}

struct Scope<'a> {
    kind: ScopeKind<'a>,
    /// `global` declarations of this scope: the last one of each name.
    globals: HashMap<&'a str, TextRange>,
    /// `nonlocal` declarations of this scope: the last one of each name.
    nonlocals: HashMap<&'a str, TextRange>,
    /// `try` statements of this scope with both `except` and `else`:
    /// (the handlers, the `else` body).
    try_else: Vec<(TextRange, TextRange)>,
    /// Loop bodies (not `else` clauses) around the current statement.
    loops: usize,
    /// `try` statements around the current statement.
    tries: usize,
}

struct Walker<'a> {
    checker: Option<SemanticSyntaxChecker>,
    source: &'a str,
    scopes: Vec<Scope<'a>>,
    /// (where, message, hint), the checker's and those CPython raises that
    /// the checker does not know.
    errors: RefCell<Vec<(TextRange, String, Option<String>)>>,
    /// The context of the name being checked, for "used" or "assigned to".
    name_ctx: Cell<Option<ExprContext>>,
    future_annotations: bool,
    depth: usize,
}

impl<'a> Walker<'a> {
    /// A scope for `body`, with its declarations; reports a name both
    /// `global` and `nonlocal`.
    fn scope(&mut self, kind: ScopeKind<'a>, body: &'a [Stmt]) -> Scope<'a> {
        let mut scope = Scope {
            kind,
            globals: HashMap::new(),
            nonlocals: HashMap::new(),
            try_else: Vec::new(),
            loops: 0,
            tries: 0,
        };
        declarations(body, &mut scope);
        for (name, range) in &scope.nonlocals {
            if let Some(g) = scope.globals.get(name) {
                let at = if g.start() > range.start() {
                    *g
                } else {
                    *range
                };
                self.own(at, format!("name `{name}` is nonlocal and global"));
            }
        }
        scope
    }

    fn own(&self, at: TextRange, message: String) {
        self.errors.borrow_mut().push((at, message, None));
    }

    fn push(&mut self, scope: Scope<'a>) {
        self.scopes.push(scope);
    }

    fn pop(&mut self) {
        self.scopes.pop();
    }

    fn current(&self) -> &Scope<'a> {
        self.scopes
            .last()
            .expect("the module scope is never popped")
    }

    fn current_mut(&mut self) -> &mut Scope<'a> {
        self.scopes
            .last_mut()
            .expect("the module scope is never popped")
    }

    fn with_checker(&mut self, f: impl FnOnce(&mut SemanticSyntaxChecker, &Self)) {
        if let Some(mut checker) = self.checker.take() {
            f(&mut checker, self);
            self.checker = Some(checker);
        }
    }

    /// Whether a use at `used` before a declaration at `declared` is valid
    /// on Python 3.12 and older: the use is in an `except` clause and the
    /// declaration in the same `try`'s `else` clause, which they visited first.
    fn valid_before_3_13(&self, used: TextSize, declared: TextSize) -> bool {
        self.current()
            .try_else
            .iter()
            .any(|(handlers, orelse)| handlers.contains(used) && orelse.contains(declared))
    }

    /// A binding of `name` at `at` (a `def`, `class` or import) before the
    /// scope declares it `global` or `nonlocal`.
    fn bound_before_declaration(&mut self, name: &str, at: TextRange) {
        if name == "*" {
            return;
        }
        let scope = self.current();
        for (decls, what) in [(&scope.globals, "global"), (&scope.nonlocals, "nonlocal")] {
            if let Some(d) = decls.get(name) {
                if at.start() < d.start() && !self.valid_before_3_13(at.start(), d.start()) {
                    let msg = format!("name `{name}` is assigned to before {what} declaration");
                    self.own(at, msg);
                    return;
                }
            }
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        kind: Comprehension,
        generators: &'a [ast::Comprehension],
        elts: &[&'a Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let is_async = generators.iter().any(|g| g.is_async);
        self.push(Scope {
            kind: ScopeKind::Comprehension { kind, is_async },
            globals: HashMap::new(),
            nonlocals: HashMap::new(),
            try_else: Vec::new(),
            loops: 0,
            tries: 0,
        });
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.pop();
    }
}

/// The `global` and `nonlocal` statements of a scope's body (not of the
/// functions and classes in it), and its `try` statements with an `else`.
fn declarations<'a>(body: &'a [Stmt], scope: &mut Scope<'a>) {
    for stmt in body {
        match stmt {
            Stmt::Global(g) => {
                for n in &g.names {
                    scope.globals.insert(n.as_str(), g.range);
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    scope.nonlocals.insert(name.as_str(), n.range);
                }
            }
            Stmt::If(s) => {
                declarations(&s.body, scope);
                for c in &s.elif_else_clauses {
                    declarations(&c.body, scope);
                }
            }
            Stmt::For(s) => {
                declarations(&s.body, scope);
                declarations(&s.orelse, scope);
            }
            Stmt::While(s) => {
                declarations(&s.body, scope);
                declarations(&s.orelse, scope);
            }
            Stmt::With(s) => declarations(&s.body, scope),
            Stmt::Match(s) => {
                for c in &s.cases {
                    declarations(&c.body, scope);
                }
            }
            Stmt::Try(s) => {
                declarations(&s.body, scope);
                for h in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    declarations(&h.body, scope);
                }
                declarations(&s.orelse, scope);
                declarations(&s.finalbody, scope);
                if let (Some(first), Some(last), Some(e0), Some(e1)) = (
                    s.handlers.first(),
                    s.handlers.last(),
                    s.orelse.first(),
                    s.orelse.last(),
                ) {
                    scope.try_else.push((
                        TextRange::new(first.start(), last.end()),
                        TextRange::new(e0.start(), e1.end()),
                    ));
                }
            }
            _ => {}
        }
    }
}

/// Whether `name` is bound in the function `f` itself: a parameter, an
/// assignment target, an import, a `def` or `class`, an `except ... as`, a
/// pattern capture, an assignment expression (also in a comprehension), or
/// a `nonlocal` declaration that binds it further out.
fn binds(f: &ast::StmtFunctionDef, name: &str) -> bool {
    if f.parameters.iter().any(|p| p.name().as_str() == name) {
        return true;
    }
    if f.type_params
        .as_ref()
        .is_some_and(|tp| tp.iter().any(|t| t.name().as_str() == name))
    {
        return true;
    }
    let mut finder = BindingFinder { name, found: false };
    finder.visit_body(&f.body);
    finder.found
}

struct BindingFinder<'n> {
    name: &'n str,
    found: bool,
}

impl<'a> Visitor<'a> for BindingFinder<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found {
            return;
        }
        match stmt {
            // A nested scope binds its name here; its body is its own.
            Stmt::FunctionDef(f) => self.found |= f.name.as_str() == self.name,
            Stmt::ClassDef(c) => self.found |= c.name.as_str() == self.name,
            Stmt::Import(i) => {
                self.found |= i.names.iter().any(|a| match &a.asname {
                    Some(asname) => asname.as_str() == self.name,
                    None => a.name.as_str().split('.').next() == Some(self.name),
                });
            }
            Stmt::ImportFrom(i) => {
                self.found |= i
                    .names
                    .iter()
                    .any(|a| a.asname.as_ref().unwrap_or(&a.name).as_str() == self.name);
            }
            Stmt::Nonlocal(n) => self.found |= n.names.iter().any(|x| x.as_str() == self.name),
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found {
            return;
        }
        match expr {
            Expr::Name(n) => {
                self.found |= !matches!(n.ctx, ExprContext::Load) && n.id.as_str() == self.name;
            }
            Expr::Named(n) => {
                self.visit_expr(&n.target);
                self.visit_expr(&n.value);
            }
            // A lambda's parameters are its own.
            Expr::Lambda(_) => {}
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_comprehension(&mut self, c: &'a ast::Comprehension) {
        // The iteration variables belong to the comprehension; an
        // assignment expression in it binds in the function.
        self.visit_expr(&c.iter);
        for cond in &c.ifs {
            self.visit_expr(cond);
        }
    }

    fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(eh) = h;
        self.found |= eh.name.as_ref().is_some_and(|n| n.as_str() == self.name);
        visitor::walk_except_handler(self, h);
    }

    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        let bound = match p {
            ast::Pattern::MatchAs(m) => m.name.as_ref(),
            ast::Pattern::MatchStar(m) => m.name.as_ref(),
            ast::Pattern::MatchMapping(m) => m.rest.as_ref(),
            _ => None,
        };
        self.found |= bound.is_some_and(|n| n.as_str() == self.name);
        visitor::walk_pattern(self, p);
    }
}

impl SemanticSyntaxContext for Walker<'_> {
    fn future_annotations_or_stub(&self) -> bool {
        // Annotations under the future import are not visited at all (see
        // the module documentation); a stub is compiled like any file.
        false
    }

    fn lazy_import_context(&self) -> Option<LazyImportContext> {
        match self.current().kind {
            ScopeKind::Function(_) | ScopeKind::Lambda => Some(LazyImportContext::Function),
            ScopeKind::Class => Some(LazyImportContext::Class),
            _ if self.current().tries > 0 => Some(LazyImportContext::TryExceptBlocks),
            _ => None,
        }
    }

    fn python_version(&self) -> PythonVersion {
        PythonVersion::PY313
    }

    fn source(&self) -> &str {
        self.source
    }

    fn global(&self, name: &str) -> Option<TextRange> {
        self.current().globals.get(name).copied()
    }

    fn has_nonlocal_binding(&self, name: &str) -> bool {
        // The enclosing function scopes, innermost first; class bodies
        // are skipped, the module ends the search.
        for scope in self.scopes.iter().rev().skip(1) {
            match scope.kind {
                ScopeKind::Module => return false,
                ScopeKind::Function(f) => {
                    if scope.globals.contains_key(name) {
                        return false;
                    }
                    if binds(f, name) {
                        return true;
                    }
                }
                // A class gives its methods the implicit `__class__` cell
                // (the one `super()` uses).
                ScopeKind::Class if name == "__class__" => return true,
                ScopeKind::Class | ScopeKind::Lambda | ScopeKind::Comprehension { .. } => {}
            }
        }
        false
    }

    fn in_async_context(&self) -> bool {
        for scope in self.scopes.iter().rev() {
            match scope.kind {
                // An async generator expression is valid anywhere.
                ScopeKind::Comprehension {
                    kind: Comprehension::Generator,
                    ..
                } => return true,
                ScopeKind::Comprehension { .. } => {}
                ScopeKind::Function(f) => return f.is_async,
                ScopeKind::Lambda | ScopeKind::Class | ScopeKind::Module => return false,
            }
        }
        false
    }

    fn in_await_allowed_context(&self) -> bool {
        for scope in self.scopes.iter().rev() {
            match scope.kind {
                ScopeKind::Comprehension {
                    kind: Comprehension::Generator,
                    ..
                } => return true,
                ScopeKind::Comprehension { .. } => {}
                ScopeKind::Function(_) | ScopeKind::Lambda => return true,
                ScopeKind::Class | ScopeKind::Module => return false,
            }
        }
        false
    }

    fn in_yield_allowed_context(&self) -> bool {
        matches!(
            self.current().kind,
            ScopeKind::Function(_) | ScopeKind::Lambda
        )
    }

    fn in_sync_comprehension(&self) -> bool {
        self.scopes.iter().any(|s| {
            matches!(
                s.kind,
                ScopeKind::Comprehension {
                    is_async: false,
                    ..
                }
            )
        })
    }

    fn in_class_body_comprehension(&self) -> bool {
        for scope in self.scopes.iter().rev() {
            match scope.kind {
                ScopeKind::Comprehension { .. } => {}
                ScopeKind::Class => return true,
                _ => return false,
            }
        }
        false
    }

    fn in_module_scope(&self) -> bool {
        matches!(self.current().kind, ScopeKind::Module)
    }

    fn in_function_scope(&self) -> bool {
        matches!(
            self.current().kind,
            ScopeKind::Function(_) | ScopeKind::Lambda
        )
    }

    fn in_generator_context(&self) -> bool {
        for scope in self.scopes.iter().rev() {
            match scope.kind {
                ScopeKind::Comprehension {
                    kind: Comprehension::Generator,
                    ..
                } => return true,
                ScopeKind::Comprehension { .. } => {}
                _ => return false,
            }
        }
        false
    }

    fn in_notebook(&self) -> bool {
        false
    }

    fn report_semantic_error(&self, error: SemanticSyntaxError) {
        if let SemanticSyntaxErrorKind::LoadBeforeGlobalDeclaration { start, .. } = &error.kind {
            if self.valid_before_3_13(error.range.start(), *start) {
                return;
            }
        }
        let assigned = self
            .name_ctx
            .get()
            .is_some_and(|c| !matches!(c, ExprContext::Load));
        if let (
            SemanticSyntaxErrorKind::YieldOutsideFunction(
                YieldOutsideFunctionKind::Yield | YieldOutsideFunctionKind::YieldFrom,
            ),
            ScopeKind::Comprehension { kind, .. },
        ) = (&error.kind, self.current().kind)
        {
            self.own(error.range, format!("`yield` inside {}", kind.name()));
            return;
        }
        if let Some((message, help)) = describe(&error, self.source, assigned) {
            self.errors.borrow_mut().push((error.range, message, help));
        }
    }

    fn in_loop_context(&self) -> bool {
        self.current().loops > 0
    }

    fn is_bound_parameter(&self, name: &str) -> bool {
        match self.current().kind {
            ScopeKind::Function(f) => f.parameters.iter().any(|p| p.name().as_str() == name),
            _ => false,
        }
    }
}

impl<'a> Visitor<'a> for Walker<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        self.with_checker(|c, ctx| c.visit_stmt(stmt, ctx));
        match stmt {
            Stmt::FunctionDef(f) => {
                self.bound_before_declaration(f.name.as_str(), f.name.range);
                for d in &f.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(tp) = &f.type_params {
                    self.visit_type_params(tp);
                }
                self.visit_parameters(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_annotation(r);
                }
                let scope = self.scope(ScopeKind::Function(f), &f.body);
                self.push(scope);
                self.visit_body(&f.body);
                self.pop();
            }
            Stmt::ClassDef(c) => {
                self.bound_before_declaration(c.name.as_str(), c.name.range);
                for d in &c.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(tp) = &c.type_params {
                    self.visit_type_params(tp);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                let scope = self.scope(ScopeKind::Class, &c.body);
                self.push(scope);
                self.visit_body(&c.body);
                self.pop();
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(asname) => asname.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or_default(),
                    };
                    self.bound_before_declaration(bound, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    self.bound_before_declaration(bound, a.range);
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target);
                self.visit_expr(&f.iter);
                self.current_mut().loops += 1;
                self.visit_body(&f.body);
                self.current_mut().loops -= 1;
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test);
                self.current_mut().loops += 1;
                self.visit_body(&w.body);
                self.current_mut().loops -= 1;
                self.visit_body(&w.orelse);
            }
            Stmt::Try(_) => {
                self.current_mut().tries += 1;
                visitor::walk_stmt(self, stmt);
                self.current_mut().tries -= 1;
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_annotation(&mut self, expr: &'a Expr) {
        // Under `from __future__ import annotations`, 3.8 and 3.9 never
        // compile an annotation: whatever is in it is accepted there.
        if !self.future_annotations {
            self.visit_expr(expr);
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        if let Expr::Name(n) = expr {
            self.name_ctx.set(Some(n.ctx));
            let scope = self.current();
            if let Some(d) = scope.nonlocals.get(n.id.as_str()) {
                if n.start() < d.start() && !self.valid_before_3_13(n.start(), d.start()) {
                    let how = if matches!(n.ctx, ExprContext::Load) {
                        "used prior to"
                    } else {
                        "assigned to before"
                    };
                    self.own(
                        n.range,
                        format!("name `{}` is {how} nonlocal declaration", n.id),
                    );
                }
            }
        }
        self.with_checker(|c, ctx| c.visit_expr(expr, ctx));
        self.name_ctx.set(None);
        match expr {
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_parameters(p);
                }
                self.push(Scope {
                    kind: ScopeKind::Lambda,
                    globals: HashMap::new(),
                    nonlocals: HashMap::new(),
                    try_else: Vec::new(),
                    loops: 0,
                    tries: 0,
                });
                self.visit_expr(&l.body);
                self.pop();
            }
            Expr::ListComp(c) => {
                self.visit_comprehension_scope(Comprehension::List, &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.visit_comprehension_scope(Comprehension::Set, &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                self.visit_comprehension_scope(Comprehension::Generator, &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::with_capacity(2);
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.visit_comprehension_scope(Comprehension::Dict, &c.generators, &elts)
            }
            _ => visitor::walk_expr(self, expr),
        }
        self.depth -= 1;
    }
}

/// CPython's message for a checker error (with gencheck's backticks), and a
/// hint; `None` for what some current Python accepts.
fn describe(
    e: &SemanticSyntaxError,
    text: &str,
    assigned: bool,
) -> Option<(String, Option<String>)> {
    use SemanticSyntaxErrorKind as K;
    let snippet = || {
        let s = e.range.start().to_usize().min(text.len());
        let t = e.range.end().to_usize().clamp(s, text.len());
        text.get(s..t).unwrap_or_default().to_string()
    };
    let msg = match &e.kind {
        // Valid on 3.8.
        K::WriteToDebug(WriteToDebugKind::Delete(_)) => return None,
        // Valid on 3.11 and later (and only checked before 3.11).
        K::AsyncComprehensionInSyncComprehension(_) => return None,
        K::WriteToDebug(WriteToDebugKind::Store) => "cannot assign to `__debug__`".to_string(),
        K::LateFutureImport => {
            "`from __future__` imports must occur at the beginning of the file".to_string()
        }
        K::FutureFeatureNotDefined(name) => format!("future feature `{name}` is not defined"),
        K::ReturnOutsideFunction => {
            return Some((
                "`return` outside function".to_string(),
                Some(
                    "`return` is only valid in a function body: to stop a script use `sys.exit(...)`; otherwise the `def` line above is missing or this line is dedented too far"
                        .to_string(),
                ),
            ))
        }
        K::YieldOutsideFunction(kind) => {
            let what = match kind {
                YieldOutsideFunctionKind::Yield => "yield",
                YieldOutsideFunctionKind::YieldFrom => "yield from",
                YieldOutsideFunctionKind::Await => "await",
            };
            let help = matches!(kind, YieldOutsideFunctionKind::Await).then(|| {
                "`await` runs only inside an `async def` (a notebook allows it at top level, `python file.py` does not): put this code in `async def main()` and call `asyncio.run(main())`".to_string()
            });
            return Some((format!("`{what}` outside function"), help));
        }
        K::AwaitOutsideAsyncFunction(kind) => match kind {
            AwaitOutsideAsyncFunctionKind::Await => "`await` outside async function".to_string(),
            AwaitOutsideAsyncFunctionKind::AsyncFor => {
                "`async for` outside async function".to_string()
            }
            AwaitOutsideAsyncFunctionKind::AsyncWith => {
                "`async with` outside async function".to_string()
            }
            AwaitOutsideAsyncFunctionKind::AsyncComprehension => {
                "asynchronous comprehension outside of an asynchronous function".to_string()
            }
        },
        K::YieldFromInAsyncFunction => "`yield from` inside async function".to_string(),
        K::ReturnInGenerator => "`return` with value in async generator".to_string(),
        K::BreakOutsideLoop => "`break` outside loop".to_string(),
        K::ContinueOutsideLoop => "`continue` not properly in loop".to_string(),
        K::DuplicateParameter(name) => {
            format!("duplicate argument `{name}` in function definition")
        }
        K::DuplicateKeywordArgument(name) => format!("keyword argument repeated: `{name}`"),
        K::NonlocalDeclarationAtModuleLevel => {
            "nonlocal declaration not allowed at module level".to_string()
        }
        K::NonlocalWithoutBinding(name) => format!("no binding for nonlocal `{name}` found"),
        K::NonlocalAndGlobal(name) => format!("name `{name}` is nonlocal and global"),
        K::GlobalParameter(name) => format!("name `{name}` is parameter and global"),
        K::NonlocalParameter(name) => format!("name `{name}` is parameter and nonlocal"),
        K::LoadBeforeGlobalDeclaration { name, .. } => {
            let how = if assigned {
                "assigned to before"
            } else {
                "used prior to"
            };
            format!("name `{name}` is {how} global declaration")
        }
        K::LoadBeforeNonlocalDeclaration { name, .. } => {
            format!("name `{name}` is used prior to nonlocal declaration")
        }
        K::AnnotatedGlobal(name) => format!("annotated name `{name}` can't be global"),
        K::AnnotatedNonlocal(name) => format!("annotated name `{name}` can't be nonlocal"),
        K::NonModuleImportStar(_) => "`import *` only allowed at module level".to_string(),
        K::SingleStarredAssignment => {
            "starred assignment target must be in a list or tuple".to_string()
        }
        K::MultipleStarredExpressions => "multiple starred expressions in assignment".to_string(),
        K::InvalidStarExpression => "can't use starred expression here".to_string(),
        K::IrrefutableCasePattern(kind) => match kind {
            IrrefutablePatternKind::Name(name) => {
                format!("name capture `{name}` makes remaining patterns unreachable")
            }
            IrrefutablePatternKind::Wildcard => {
                "wildcard makes remaining patterns unreachable".to_string()
            }
        },
        K::MultipleCaseAssignment(name) => {
            format!("multiple assignments to name `{name}` in pattern")
        }
        K::MultipleStarredNamesInSequencePattern => {
            "multiple starred names in sequence pattern".to_string()
        }
        K::DifferentMatchPatternBindings => {
            "alternative patterns bind different names".to_string()
        }
        K::DuplicateMatchKey(_) => format!("mapping pattern checks duplicate key (`{}`)", snippet()),
        K::DuplicateMatchClassAttribute(name) => {
            format!("attribute name repeated in class pattern: `{name}`")
        }
        K::NamedExpressionInComprehensionIterable => {
            "assignment expression cannot be used in a comprehension iterable expression"
                .to_string()
        }
        K::NamedExpressionInClassBodyComprehension => {
            "assignment expression within a comprehension cannot be used in a class body"
                .to_string()
        }
        K::ReboundComprehensionVariable => {
            "assignment expression cannot rebind comprehension iteration variable".to_string()
        }
        K::DuplicateTypeParameter => format!("duplicate type parameter `{}`", snippet()),
        K::TypeParameterDefaultOrder(name) => {
            format!("non-default type parameter `{name}` follows default type parameter")
        }
        // The rest (type-parameter expressions, `lazy` imports): ruff's words.
        _ => e.to_string(),
    };
    Some((msg, None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruff_python_ast::PySourceType;

    fn errors(src: &str) -> Vec<String> {
        let parsed = ruff_python_parser::parse_unchecked_source(src, PySourceType::Python);
        assert!(parsed.errors().is_empty(), "{src:?}: {:?}", parsed.errors());
        semantic_errors(src, parsed.syntax())
            .into_iter()
            .map(|e| e.message)
            .collect()
    }

    /// Each kind: (code CPython rejects, the message, code it accepts).
    const CASES: &[(&str, &str, &str)] = &[
        (
            "def f(x):\n    y = x\nreturn y\n",
            "`return` outside function",
            "def f(x):\n    y = x\n    return y\n",
        ),
        (
            "def f():\n    class C:\n        return 1\n",
            "`return` outside function",
            "def f():\n    class C:\n        def g(self):\n            return 1\n",
        ),
        ("yield 1\n", "`yield` outside function", "def f():\n    yield 1\n"),
        (
            "class C:\n    yield 1\n",
            "`yield` outside function",
            "class C:\n    f = lambda: (yield)\n",
        ),
        (
            "def f():\n    return [x for x in y if (yield)]\n",
            "`yield` inside list comprehension",
            "def f():\n    return [x for x in (yield)]\n",
        ),
        (
            "await main()\n",
            "`await` outside function",
            "async def f():\n    await main()\n",
        ),
        (
            "async def f():\n    class C:\n        await x\n",
            "`await` outside function",
            "async def f():\n    class C:\n        g = (await x for x in y)\n",
        ),
        (
            "def f():\n    await x\n",
            "`await` outside async function",
            "def f():\n    return (await x for x in y)\n",
        ),
        (
            "def f():\n    return [x async for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
            "async def f():\n    return [[x async for x in y] for z in w]\n",
        ),
        (
            "def f():\n    async for x in y:\n        pass\n",
            "`async for` outside async function",
            "async def f():\n    async for x in y:\n        pass\n",
        ),
        (
            "async with x:\n    pass\n",
            "`async with` outside async function",
            "async def f():\n    async with x:\n        pass\n",
        ),
        (
            "async def f():\n    yield from x\n",
            "`yield from` inside async function",
            "def f():\n    yield from x\n",
        ),
        (
            "async def f():\n    yield 1\n    return 2\n",
            "`return` with value in async generator",
            "async def f():\n    yield 1\n    return\n",
        ),
        (
            "for x in y:\n    pass\nelse:\n    break\n",
            "`break` outside loop",
            "for x in y:\n    while z:\n        pass\n    else:\n        break\n",
        ),
        (
            "for x in y:\n    def f():\n        continue\n",
            "`continue` not properly in loop",
            "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
        ),
        (
            "f(a=1, b=2, a=3)\n",
            "keyword argument repeated: `a`",
            "f(a=1, b=2, **{'a': 3})\n",
        ),
        (
            "class C(metaclass=M, metaclass=M):\n    pass\n",
            "keyword argument repeated: `metaclass`",
            "class C(B, metaclass=M):\n    pass\n",
        ),
        (
            "def f(a, b, a):\n    pass\n",
            "duplicate argument `a` in function definition",
            "def f(a, b, *, c):\n    pass\n",
        ),
        (
            "g = lambda a, a: a\n",
            "duplicate argument `a` in function definition",
            "g = lambda a, b: a\n",
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n",
        ),
        (
            "def f():\n    def g():\n        nonlocal x\n",
            "no binding for nonlocal `x` found",
            "def f():\n    def g():\n        nonlocal x\n    x = 1\n",
        ),
        (
            "def f():\n    class C:\n        x = 1\n        def g(self):\n            nonlocal x\n",
            "no binding for nonlocal `x` found",
            "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x\n",
        ),
        (
            "def f():\n    [x for x in y]\n    def g():\n        nonlocal x\n",
            "no binding for nonlocal `x` found",
            "def f():\n    [(x := 1) for y in z]\n    def g():\n        nonlocal x\n",
        ),
        (
            "def f():\n    global x\n    x = 1\n    def g():\n        nonlocal x\n",
            "no binding for nonlocal `x` found",
            "def f():\n    import x.y\n    def g():\n        nonlocal x\n",
        ),
        (
            "def f():\n    nonlocal __class__\n",
            "no binding for nonlocal `__class__` found",
            "class C:\n    def f(self):\n        nonlocal __class__\n",
        ),
        (
            "def f(x):\n    nonlocal x\n",
            "name `x` is parameter and nonlocal",
            "def f(x):\n    def g():\n        nonlocal x\n",
        ),
        (
            "def f(x):\n    global x\n",
            "name `x` is parameter and global",
            "def f(x):\n    def g():\n        global x\n",
        ),
        (
            "def f():\n    print(n)\n    global n\n",
            "name `n` is used prior to global declaration",
            "def f():\n    global n\n    print(n)\n",
        ),
        (
            "n = 0\nglobal n\n",
            "name `n` is assigned to before global declaration",
            "global n\nn = 0\n",
        ),
        (
            "def f():\n    def n():\n        pass\n    global n\n",
            "name `n` is assigned to before global declaration",
            "def f():\n    def g():\n        n = 1\n    global n\n",
        ),
        (
            "def f():\n    try:\n        a = 1\n    except:\n        global a\n",
            "name `a` is assigned to before global declaration",
            // Valid up to 3.12, which visited `else` before `except`.
            "def g():\n    try:\n        1 / 0\n    except:\n        a = 1\n    else:\n        global a\n",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
            "name `x` is assigned to before nonlocal declaration",
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            "name `x` is nonlocal and global",
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n",
        ),
        (
            "def f():\n    global x\n    x: int = 1\n",
            "annotated name `x` can't be global",
            "global x\nx: int = 1\n",
        ),
        ("*a = b\n", "starred assignment target must be in a list or tuple", "*a, = b\n"),
        ("*a, *b = c\n", "multiple starred expressions in assignment", "a, *b = c\n"),
        (
            "def f():\n    return *a\n",
            "can't use starred expression here",
            "def f():\n    return *a, *b\n",
        ),
        (
            "import os\nfrom __future__ import annotations\n",
            "`from __future__` imports must occur at the beginning of the file",
            "'''Doc.'''\nfrom __future__ import annotations\nimport os\n",
        ),
        (
            "from __future__ import braces_please\n",
            "future feature `braces_please` is not defined",
            "from __future__ import annotations, division\n",
        ),
        (
            "def f():\n    from os import *\n",
            "`import *` only allowed at module level",
            "from os import *\n",
        ),
        (
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "name capture `y` makes remaining patterns unreachable",
            "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
        ),
        (
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "wildcard makes remaining patterns unreachable",
            "match x:\n    case 1:\n        pass\n    case _:\n        pass\n",
        ),
        (
            "match p:\n    case [x, x]:\n        pass\n",
            "multiple assignments to name `x` in pattern",
            "match p:\n    case [x, y]:\n        pass\n",
        ),
        (
            "match p:\n    case [*a, *b]:\n        pass\n",
            "multiple starred names in sequence pattern",
            "match p:\n    case [a, *b]:\n        pass\n",
        ),
        (
            "match p:\n    case [x] | [y]:\n        pass\n",
            "alternative patterns bind different names",
            "match p:\n    case [x] | (x, 1):\n        pass\n",
        ),
        (
            "match p:\n    case {'k': 1, 'k': 2}:\n        pass\n",
            "mapping pattern checks duplicate key",
            "match p:\n    case {'k': 1, 'j': 2}:\n        pass\n",
        ),
        (
            "match p:\n    case C(a=1, a=2):\n        pass\n",
            "attribute name repeated in class pattern: `a`",
            "match p:\n    case C(a=1, b=2):\n        pass\n",
        ),
        (
            "ys = [x for x in (y := range(3))]\n",
            "cannot be used in a comprehension iterable expression",
            "ys = [y := x for x in range(3)]\n",
        ),
        (
            "class C:\n    ys = [(y := x) for x in range(3)]\n",
            "cannot be used in a class body",
            "def f():\n    ys = [(y := x) for x in range(3)]\n",
        ),
        (
            "ys = [(x := 0) for x in range(3)]\n",
            "cannot rebind comprehension iteration variable",
            "ys = [(z := 0) for x in range(3)]\n",
        ),
        ("__debug__ = False\n", "cannot assign to `__debug__`", "del __debug__\n"),
        (
            "def f(__debug__):\n    pass\n",
            "cannot assign to `__debug__`",
            "def f(debug=__debug__):\n    pass\n",
        ),
    ];

    #[test]
    fn each_kind_is_reported_and_its_valid_form_accepted() {
        for (bad, message, good) in CASES {
            let errs = errors(bad);
            assert!(
                errs.iter().any(|m| m.contains(message)),
                "{bad:?}: expected {message:?}, got {errs:?}"
            );
            assert_eq!(errors(good), Vec::<String>::new(), "{good:?}");
        }
    }

    #[test]
    fn what_some_current_python_accepts_is_not_reported() {
        for src in [
            // 3.8 and 3.9 do not compile annotations under the future import.
            "from __future__ import annotations\ndef f(x: (y := 1)) -> (yield):\n    pass\n",
            // Annotations of local variables are evaluated (3.13) or not (3.14).
            "def g():\n    x: (yield) = 1\n",
            // 3.11 and later: an async comprehension in a sync one.
            "async def f():\n    return {n: [x async for x in g(n)] for n in range(3)}\n",
            // Async generator expressions are valid anywhere.
            "g = (await x for x in y)\nh = (x async for x in y)\n",
            "f = lambda: (await x for x in y)\n",
            // 3.13 and later (3.12 visited `else` before `except`).
            "def f():\n    try:\n        pass\n    except:\n        global a\n    else:\n        a = 1\n",
        ] {
            assert_eq!(errors(src), Vec::<String>::new(), "{src:?}");
        }
    }

    #[test]
    fn scopes_of_defaults_decorators_and_bases_are_the_enclosing_one() {
        // Evaluated in the module: `yield` there is outside a function.
        assert!(!errors("class C:\n    @(yield)\n    def f(self):\n        pass\n").is_empty());
        assert!(!errors("def f(x: (yield)):\n    pass\n").is_empty());
        // Evaluated in the function around them: valid.
        assert!(errors("def f():\n    def g(a=(yield)):\n        pass\n").is_empty());
        // A use in the enclosing scope before `global` counts.
        assert!(!errors("def f():\n    def g(a=x):\n        pass\n    global x\n").is_empty());
        // A use in a nested scope does not.
        assert!(errors("def f():\n    lambda: x\n    [x for a in b]\n    global x\n").is_empty());
    }

    #[test]
    fn one_error_per_position_with_the_first_line_as_span() {
        let src = "match x:\n    case y:\n        pass\n    case 1:\n        pass\n";
        let parsed = ruff_python_parser::parse_unchecked_source(src, PySourceType::Python);
        let errs = semantic_errors(src, parsed.syntax());
        assert_eq!(errs.len(), 1);
        assert_eq!(&src[errs[0].span.start..errs[0].span.end], "y");
        // `await` at module level is both outside a function and outside
        // an async function: one error.
        assert_eq!(errors("await x\n").len(), 1);
    }

    #[test]
    fn deep_expressions_do_not_exhaust_the_stack() {
        // On a checker thread's stack, as in `gencheck check` (parsing and
        // dropping the tree recurse too).
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(|| {
                let src = format!("x = {}1\nreturn x\n", "1 + ".repeat(100_000));
                let parsed = ruff_python_parser::parse_unchecked_source(&src, PySourceType::Python);
                let errs = semantic_errors(&src, parsed.syntax());
                assert_eq!(errs.len(), 1, "{errs:?}");
            })
            .unwrap()
            .join()
            .unwrap();
    }
}
