package org.faultline.patch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.eclipse.jgit.internal.storage.file.ObjectDirectoryPackParser;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PackLock;
import org.eclipse.jgit.transport.PackParser;

/**
 * Objects written as a pack with a {@code .keep} file, as git's receive-pack writes what a push brings before its
 * refs move: {@code git prune} removes only loose objects, and {@code git repack -a -d} (also inside git gc) never
 * deletes a kept pack, so nothing a concurrent prune or repack started before the ref moved can take the objects
 * away. JGit creates the {@code .keep} before the pack appears in the object directory.
 */
final class KeptPack {

	/** An object as written: its git type and its content. */
	record Content(int type, byte[] data) {
	}

	/** A pack written and kept: its name ({@code <hex>} of {@code pack-<hex>.pack}) and the lock on its keep. */
	record Kept(String name, PackLock lock) {
	}

	private KeptPack() {
	}

	/**
	 * @param message
	 *            the {@code .keep} file's text, which says who holds it (git prints it)
	 * @return the pack and its lock, whose {@link PackLock#unlock()} removes the {@code .keep} once a ref reaches the
	 *         objects; null when the repository has a pack of exactly these objects already, and JGit writes none (an
	 *         apply that made the same commit again in the same second)
	 */
	static Kept write(Repository repository, Collection<Content> objects, String message) throws IOException {
		return write(repository, pack(objects), message);
	}

	/** Writes a pack already in the pack format, kept as {@link #write(Repository, Collection, String)} keeps one. */
	static Kept write(Repository repository, byte[] pack, String message) throws IOException {
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			PackParser parser = inserter.newPackParser(new ByteArrayInputStream(pack));
			parser.setLockMessage(message);
			PackLock lock = parser.parse(NullProgressMonitor.INSTANCE);
			inserter.flush();
			if (lock == null)
				return null;
			// a repository on disk parses into its object directory, whose parser knows the pack it wrote
			return new Kept(((ObjectDirectoryPackParser) parser).getPack().getPackName(), lock);
		}
	}

	/** The pack format, version 2: a header, each object deflated after its type and size, a SHA-1 of it all. */
	private static byte[] pack(Collection<Content> objects) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 'P', 'A', 'C', 'K' });
		writeInt(out, 2);
		writeInt(out, objects.size());
		for (Content object : objects) {
			// the type in bits 4-6 of the first byte, the size in its low 4 bits and 7 bits of each byte after
			long size = object.data().length;
			int b = object.type() << 4 | (int) (size & 0x0f);
			for (size >>>= 4; size != 0; size >>>= 7) {
				out.write(b | 0x80);
				b = (int) (size & 0x7f);
			}
			out.write(b);
			Deflater deflater = new Deflater();
			try {
				DeflaterOutputStream deflated = new DeflaterOutputStream(out, deflater);
				deflated.write(object.data());
				deflated.finish();
			} finally {
				deflater.end();
			}
		}
		MessageDigest sha1 = Constants.newMessageDigest();
		out.writeBytes(sha1.digest(out.toByteArray()));
		return out.toByteArray();
	}

	private static void writeInt(OutputStream out, int value) throws IOException {
		for (int shift = 24; shift >= 0; shift -= 8)
			out.write(value >>> shift);
	}
}
