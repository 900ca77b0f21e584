;;; emacs-eglot.el --- Emacs's eglot as an LSP client of dist/server.js, in batch mode.
;; Run by test/editors/emacs.test.js: emacs --batch -q -l emacs-eglot.el, with SERVER, FILE and OUT
;; in the environment. Opens FILE, connects eglot, waits for the diagnostics flymake shows, then asks
;; for a hover on `414'; writes OUT.
;;
;; Order matters with Emacs 28's jsonrpc: a synchronous request (jsonrpc-request) returns by a throw out
;; of the process filter, and messages that came in the same read as its reply stay unparsed until the
;; server writes again. Asked first, the hover's reply arrives together with publishDiagnostics, which
;; then waits unseen until shutdown. So the diagnostics are awaited before any synchronous request.
(require 'json)
(require 'eglot)

(defun status-codes-write (result)
  (with-temp-file (getenv "OUT") (insert (json-encode result))))

(condition-case err
    (progn
      (setq eglot-server-programs `((python-mode . ("node" ,(getenv "SERVER") "--stdio"))))
      (setq eglot-sync-connect t eglot-connect-timeout 30)
      (find-file (getenv "FILE"))
      (python-mode)
      (apply #'eglot (eglot--guess-contact))
      (let ((server (eglot-current-server)) (deadline (+ (float-time) 20)) hover)
        ;; eglot turns flymake on in the buffers it manages and reports publishDiagnostics to it.
        (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
          (accept-process-output (jsonrpc--process server) 0.1))
        (goto-char (point-min))
        (search-forward "414")
        (backward-char 2)
        (setq hover (jsonrpc-request server :textDocument/hover
                                     (eglot--TextDocumentPositionParams)))
        (status-codes-write
         `((initialized . t)
           (server . ,(plist-get (eglot--server-info server) :name))
           (flymake . ,(if flymake-mode t :json-false))
           (hover . ,(plist-get (plist-get hover :contents) :value))
           (diagnostics . ,(vconcat
                            (mapcar (lambda (d)
                                      `((line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d))))
                                        (column . ,(save-excursion
                                                     (goto-char (flymake-diagnostic-beg d))
                                                     (current-column)))
                                        (type . ,(format "%s" (flymake-diagnostic-type d)))
                                        (message . ,(flymake-diagnostic-text d))))
                                    (flymake-diagnostics))))))
        (eglot-shutdown server)))
  (error (status-codes-write `((error . ,(error-message-string err))))))
(kill-emacs 0)
