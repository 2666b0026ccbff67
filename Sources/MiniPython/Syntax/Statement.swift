/// A statement of the language, as the parser builds it. Every case carries its location.
indirect enum Statement: Sendable {
  case expression(Expression, SourceLocation)
  /// `a = b = value`: every target receives the value.
  case assign([Expression], Expression, SourceLocation)
  case augmentedAssign(Expression, BinaryOperator, Expression, SourceLocation)
  case ifElse(Expression, [Statement], [Statement], SourceLocation)
  case whileLoop(Expression, [Statement], orElse: [Statement], SourceLocation)
  case forLoop(Expression, Expression, [Statement], orElse: [Statement], SourceLocation)
  case function(FunctionDefinition, SourceLocation)
  case classDefinition(ClassDefinition, SourceLocation)
  case returnValue(Expression?, SourceLocation)
  case pass(SourceLocation)
  case breakLoop(SourceLocation)
  case continueLoop(SourceLocation)
  case delete([Expression], SourceLocation)
  case global([String], SourceLocation)
  case nonlocal([String], SourceLocation)
  case assert(Expression, Expression?, SourceLocation)
  case raise(Expression?, cause: Expression?, SourceLocation)
  case tryExcept([Statement], [ExceptHandler], orElse: [Statement], finally: [Statement], SourceLocation)
  case with([(Expression, Expression?)], [Statement], SourceLocation)
  case importModules([(name: String, alias: String?)], SourceLocation)
  /// `from module import a as b, c`; `names` is empty for `import *`.
  case importFrom(String, [(name: String, alias: String?)], SourceLocation)

  var location: SourceLocation {
    switch self {
    case .expression(_, let l), .assign(_, _, let l), .augmentedAssign(_, _, _, let l),
      .ifElse(_, _, _, let l), .whileLoop(_, _, _, let l), .forLoop(_, _, _, _, let l),
      .function(_, let l), .classDefinition(_, let l), .returnValue(_, let l), .pass(let l),
      .breakLoop(let l), .continueLoop(let l), .delete(_, let l), .global(_, let l),
      .nonlocal(_, let l), .assert(_, _, let l), .raise(_, _, let l), .tryExcept(_, _, _, _, let l),
      .with(_, _, let l), .importModules(_, let l), .importFrom(_, _, let l):
      return l
    }
  }
}

/// `def name(parameters): body`, with decorators.
struct FunctionDefinition: Sendable {
  var name: String
  var parameters: Parameters
  var body: [Statement]
  var decorators: [Expression]
}

/// `class Name(Base): body`, with decorators.
struct ClassDefinition: Sendable {
  var name: String
  var base: Expression?
  var body: [Statement]
  var decorators: [Expression]
}

/// `except Type as name: body`.
struct ExceptHandler: Sendable {
  var type: Expression?
  var name: String?
  var body: [Statement]
  var location: SourceLocation
}
