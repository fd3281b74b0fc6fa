/// One undoable change: a stored claim before and after.
public struct HistoryStep: Sendable, Hashable {
  /// The article's file name.
  public var articleFile: String
  /// The claim's id.
  public var claimID: String
  /// The stored claim before the change (`nil`: not stored).
  public var before: ClaimAnnotation?
  /// The stored claim after the change (`nil`: not stored).
  public var after: ClaimAnnotation?
  /// What the change did, for messages (`verify 3`).
  public var summary: String

  /// Creates a step.
  public init(articleFile: String, claimID: String, before: ClaimAnnotation?, after: ClaimAnnotation?, summary: String)
  {
    self.articleFile = articleFile
    self.claimID = claimID
    self.before = before
    self.after = after
    self.summary = summary
  }
}

/// Undo and redo stacks across articles, bounded in depth.
public struct EditHistory: Sendable {
  /// The most steps kept.
  public let limit: Int
  private var undoStack: [HistoryStep] = []
  private var redoStack: [HistoryStep] = []

  /// Creates an empty history keeping up to `limit` steps.
  public init(limit: Int = 1000) {
    self.limit = limit
  }

  /// Records a new step; clears what could be redone.
  public mutating func record(_ step: HistoryStep) {
    undoStack.append(step)
    if undoStack.count > limit { undoStack.removeFirst(undoStack.count - limit) }
    redoStack.removeAll()
  }

  /// The step `undo` would revert.
  public var nextUndo: HistoryStep? { undoStack.last }
  /// The step `redo` would reapply.
  public var nextRedo: HistoryStep? { redoStack.last }
  /// How many steps can be undone.
  public var undoCount: Int { undoStack.count }
  /// How many steps can be redone.
  public var redoCount: Int { redoStack.count }

  /// Moves the last step to the redo stack once it has been reverted.
  public mutating func didUndo() {
    if let step = undoStack.popLast() { redoStack.append(step) }
  }

  /// Moves the last undone step back once it has been reapplied.
  public mutating func didRedo() {
    if let step = redoStack.popLast() { undoStack.append(step) }
  }

  /// Forgets the last step to undo (`undo`) or to redo, which no longer applies: its claim was changed since.
  public mutating func drop(undo: Bool) {
    if undo { _ = undoStack.popLast() } else { _ = redoStack.popLast() }
  }
}
