import FactCheckCore

extension Shell {
  /// Re-reads what changed on disk since the last command (another shell, `git pull`, `git checkout`) and says so.
  ///
  /// Runs before every command, so that what the reviewer sees is what is on
  /// disk. Verdicts changed elsewhere and then changed here are kept both
  /// ways as a conflict at the next save (see `Workbench.refreshFromDisk()`).
  func noticeDiskChanges() {
    // The current claim is remembered by number; numbers can shift when claims are added or
    // orphaned elsewhere, so follow it by id through the refresh.
    var currentIDs: [String: String] = [:]
    for (file, number) in currentClaim {
      if let id = try? workbench.review(file).claim(number: number)?.id { currentIDs[file] = id }
    }
    let changes = workbench.refreshFromDisk()
    if !changes.isEmpty {
      for (file, id) in currentIDs {
        currentClaim[file] = (try? workbench.review(file))?.claim(id: id)?.number
      }
    }
    for change in changes {
      switch change {
      case .articleListChanged(let added, let removed):
        var parts: [String] = []
        if !added.isEmpty { parts.append("\(added.count) added") }
        if !removed.isEmpty { parts.append("\(removed.count) removed") }
        notice("the articles folder changed on disk: " + parts.joined(separator: ", "))
      case .articleRemoved(let file, let reason):
        let name = TerminalText.sanitize(Article.name(ofFile: file))
        if openArticle == file {
          openArticle = nil
          notice("\(name) can no longer be read (\(TerminalText.sanitize(reason))); it was closed")
        }
        currentClaim[file] = nil
      case .articleChanged(let file, let anchoring):
        guard let review = try? workbench.review(file) else { continue }
        let name = TerminalText.sanitize(review.article.name)
        notice("\(name)'s article changed on disk; its reviewed claims were looked for again")
        let path = workbench.store.displayPath(forArticleFile: file)
        for line in AnchoringNotice.lines(for: anchoring, in: review, path: path) { notice(line) }
        noticeReadOnly(review)
      case .annotationsChanged(let file, let ids):
        guard let review = try? workbench.review(file) else { continue }
        let name = TerminalText.sanitize(review.article.name)
        let numbers = ids.compactMap { review.claim(id: $0)?.number }
        let orphans = ids.filter { id in review.orphans.contains { $0.id == id } }.count
        var text = "\(name)'s annotations changed on disk (another shell, or git); reloaded"
        if !numbers.isEmpty {
          text += ": \(numbers.count == 1 ? "claim" : "claims") \(AnchoringNotice.ranges(numbers)) changed"
        }
        if orphans > 0 {
          text += (numbers.isEmpty ? ": " : "; ") + "\(orphans) orphaned claim\(orphans == 1 ? "" : "s") changed"
        }
        notice(text)
        noticeReadOnly(review)
      }
    }
  }

  private func noticeReadOnly(_ review: ArticleReview) {
    guard let reason = review.readOnly else { return }
    notice(
      "\(TerminalText.sanitize(review.article.name)) is now read-only: \(TerminalText.sanitize(reason.description))")
  }
}
