package org.jiceng.shared;

import java.util.Locale;
import java.util.Map;

/**
 * What may be uploaded (evidence, nomination material, the text of a required reading): photos and office documents,
 * recognised by their first bytes (not by the name alone), at most 10 MB. Returns the content type to store, or null
 * when the file is refused.
 */
public final class UploadTypes {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "pdf", "application/pdf",
            "doc", "application/msword", "xls", "application/vnd.ms-excel",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private UploadTypes() {
    }

    public static String check(String fileName, byte[] content) {
        if (fileName == null || content == null || content.length == 0 || content.length > MAX_BYTES) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(ext);
        if (type == null) {
            return null;
        }
        boolean ok = switch (ext) {
            case "jpg", "jpeg" -> starts(content, 0xFF, 0xD8, 0xFF);
            case "png" -> starts(content, 0x89, 'P', 'N', 'G');
            case "pdf" -> starts(content, '%', 'P', 'D', 'F');
            case "docx", "xlsx" -> starts(content, 'P', 'K', 3, 4);
            default -> starts(content, 0xD0, 0xCF, 0x11, 0xE0);
        };
        return ok ? type : null;
    }

    /** The file's own name without any path, at most 200 characters. */
    public static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
