package beacon.imports.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Why the servlet container refused an upload as it arrived, before Beacon read any of it: the file
 * was over the limit, its name had a character no file name may have (a NUL), or the upload could
 * not be read at all.
 */
enum UploadRefusal {
  TOO_LARGE,
  FILE_NAME,
  UNREADABLE;

  static UploadRefusal of(MultipartException refused) {
    if (refused instanceof MaxUploadSizeExceededException) {
      return TOO_LARGE;
    }
    for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getSimpleName();
      if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
        return TOO_LARGE;
      }
      if (name.equals("InvalidFileNameException")) {
        return FILE_NAME;
      }
    }
    return UNREADABLE;
  }
}
