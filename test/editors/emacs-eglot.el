;;; emacs-eglot.el --- Emacs's eglot as an LSP client of dist/server.js, in batch mode.
;; Run by test/editors/emacs.test.js: emacs --batch -Q -l emacs-eglot.el, with SERVER, FILE and OUT
;; in the environment. Opens FILE, connects eglot, asks for a hover on `414' and waits for the
;; diagnostics flymake shows (eglot 1.9 in batch mode shows none: the test checks the hover); writes OUT.
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
      (let ((server (eglot-current-server)) (deadline (+ (float-time) 5)) hover)
        (goto-char (point-min))
        (search-forward "414")
        (backward-char 2)
        (setq hover (jsonrpc-request server :textDocument/hover
                                     (eglot--TextDocumentPositionParams)))
        (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
          (accept-process-output (jsonrpc--process server) 0.1)
          (flymake-start))
        (status-codes-write
         `((initialized . t)
           (server . ,(plist-get (eglot--server-info server) :name))
           (hover . ,(plist-get (plist-get hover :contents) :value))
           (diagnostics . ,(vconcat
                            (mapcar (lambda (d)
                                      `((line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d))))
                                        (type . ,(format "%s" (flymake-diagnostic-type d)))
                                        (message . ,(flymake-diagnostic-text d))))
                                    (flymake-diagnostics))))))
        (eglot-shutdown server)))
  (error (status-codes-write `((error . ,(error-message-string err))))))
(kill-emacs 0)
