/// Finds which names a function body binds, declares global or nonlocal, and which names its
/// nested functions read from outside themselves (so they become closure cells).
struct ScopeAnalysis {
  var assigned: Set<String> = []
  var globals: Set<String> = []
  var nonlocals: Set<String> = []
  /// Every name read or written in this scope (not counting nested functions).
  var used: Set<String> = []
  /// Names nested functions use without binding them (candidates for cells here).
  var nestedFree: Set<String> = []
  /// Whether the body contains `yield` (outside nested functions): calling it makes a generator.
  var isGenerator = false

  /// Analyses a function body with its parameters.
  static func function(parameters: [String], body: [Statement]) -> ScopeAnalysis {
    var analysis = ScopeAnalysis()
    analysis.assigned.formUnion(parameters)
    for statement in body { analysis.visit(statement) }
    return analysis
  }

  /// The names this scope binds locally.
  var locals: Set<String> { assigned.subtracting(globals).subtracting(nonlocals) }

  /// Names this function needs from enclosing scopes: its own free uses and its children's.
  var free: Set<String> {
    used.union(nestedFree).subtracting(locals).subtracting(globals).union(nonlocals)
  }

  mutating func visit(_ statement: Statement) {
    switch statement {
    case .expression(let e, _): visit(e)
    case .assign(let targets, let value, _):
      for target in targets { bind(target) }
      visit(value)
    case .augmentedAssign(let target, _, let value, _):
      bind(target)
      visit(target)
      visit(value)
    case .ifElse(let test, let body, let orElse, _):
      visit(test)
      visitAll(body)
      visitAll(orElse)
    case .whileLoop(let test, let body, let orElse, _):
      visit(test)
      visitAll(body)
      visitAll(orElse)
    case .forLoop(let target, let iterable, let body, let orElse, _):
      bind(target)
      visit(iterable)
      visitAll(body)
      visitAll(orElse)
    case .function(let definition, _):
      assigned.insert(definition.name)
      used.insert(definition.name)
      for decorator in definition.decorators { visit(decorator) }
      visitDefaults(definition.parameters)
      let inner = ScopeAnalysis.function(parameters: definition.parameters.names, body: definition.body)
      nestedFree.formUnion(inner.free)
    case .classDefinition(let definition, _):
      assigned.insert(definition.name)
      used.insert(definition.name)
      if let base = definition.base { visit(base) }
      for decorator in definition.decorators { visit(decorator) }
      var inner = ScopeAnalysis()
      for statement in definition.body { inner.visit(statement) }
      nestedFree.formUnion(inner.nestedFree)
    case .returnValue(let e, _): if let e { visit(e) }
    case .delete(let targets, _):
      for target in targets {
        bind(target)
        visit(target)
      }
    case .global(let names, _): globals.formUnion(names)
    case .nonlocal(let names, _): nonlocals.formUnion(names)
    case .assert(let test, let message, _):
      visit(test)
      if let message { visit(message) }
    case .raise(let e, let cause, _):
      if let e { visit(e) }
      if let cause { visit(cause) }
    case .tryExcept(let body, let handlers, let orElse, let finally, _):
      visitAll(body)
      for handler in handlers {
        if let type = handler.type { visit(type) }
        if let name = handler.name { assigned.insert(name) }
        visitAll(handler.body)
      }
      visitAll(orElse)
      visitAll(finally)
    case .with(let items, let body, _):
      for (context, target) in items {
        visit(context)
        if let target { bind(target) }
      }
      visitAll(body)
    case .importModules(let modules, _):
      for module in modules {
        assigned.insert(module.alias ?? String(module.name.prefix { $0 != "." }))
      }
    case .importFrom(_, let names, _):
      for name in names { assigned.insert(name.alias ?? name.name) }
    case .pass, .breakLoop, .continueLoop:
      break
    }
  }

  mutating func visitAll(_ statements: [Statement]) {
    for statement in statements { visit(statement) }
  }

  mutating func visitDefaults(_ parameters: Parameters) {
    for parameter in parameters.positional + parameters.keywordOnly {
      if let value = parameter.defaultValue { visit(value) }
    }
  }

  /// Records the names an assignment target binds.
  mutating func bind(_ target: Expression) {
    switch target {
    case .name(let n, _):
      assigned.insert(n)
      used.insert(n)
    case .tuple(let items, _), .list(let items, _):
      for item in items { bind(item) }
    case .starred(let inner, _): bind(inner)
    default: visit(target)
    }
  }

  mutating func visit(_ expression: Expression) {
    switch expression {
    case .name(let n, _): used.insert(n)
    case .constant: break
    case .formatted(let parts, _): visitParts(parts)
    case .unary(_, let e, _), .not(let e, _), .attribute(let e, _, _), .starred(let e, _):
      visit(e)
    case .binary(_, let a, let b, _), .logical(_, let a, let b, _), .item(let a, let b, _):
      visit(a)
      visit(b)
    case .compare(let first, let rest, _):
      visit(first)
      for (_, e) in rest { visit(e) }
    case .call(let callee, let arguments, _):
      visit(callee)
      for argument in arguments {
        switch argument {
        case .positional(let e), .keyword(_, let e), .star(let e), .doubleStar(let e): visit(e)
        }
      }
    case .slice(let a, let b, let c, _):
      for e in [a, b, c] { if let e { visit(e) } }
    case .tuple(let items, _), .list(let items, _), .set(let items, _):
      for item in items { visit(item) }
    case .dict(let entries, _):
      for (key, value) in entries {
        if let key { visit(key) }
        visit(value)
      }
    case .lambda(let parameters, let body, _):
      visitDefaults(parameters)
      var inner = ScopeAnalysis()
      inner.assigned.formUnion(parameters.names)
      inner.visit(body)
      nestedFree.formUnion(inner.free)
    case .conditional(let test, let body, let orElse, _):
      visit(test)
      visit(body)
      visit(orElse)
    case .comprehension(let c, _):
      // Comprehension variables live in hidden slots; only the names they read count here.
      var inner = ScopeAnalysis()
      for clause in c.clauses {
        inner.bind(clause.target)
        inner.visit(clause.iterable)
        for condition in clause.conditions { inner.visit(condition) }
      }
      inner.visit(c.element)
      if let value = c.value { inner.visit(value) }
      used.formUnion(inner.used.subtracting(inner.assigned))
      nestedFree.formUnion(inner.nestedFree.subtracting(inner.assigned))
    case .yield(let value, _, _):
      isGenerator = true
      if let value { visit(value) }
    }
  }

  mutating func visitParts(_ parts: [Expression.FormatPart]) {
    for part in parts {
      if case .field(let e, _, let spec) = part {
        visit(e)
        visitParts(spec)
      }
    }
  }
}
