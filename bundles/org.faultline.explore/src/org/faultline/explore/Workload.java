package org.faultline.explore;

import java.util.ArrayList;
import java.util.List;

import org.faultline.exec.FollowUp;
import org.faultline.explore.internal.ScenarioText;

/**
 * A sequence of faults on one machine: a scenario (its machine and first fault, in the text form) and what
 * follows it. {@link #standard()} are the workloads the explorer measures on every exploration.
 */
public record Workload(String name, String description, String scenarioText, List<FollowUp> followUps) {

	private static final long USER = 0x40, ALLOW_RETRY = 0x4, KILLABLE = 0x10, WRITE = 0x1;
	private static final long READ_FLAGS = USER | ALLOW_RETRY | KILLABLE;

	public Workload {
		followUps = List.copyOf(followUps);
	}

	/** Sequential read of {@code pages} cached pages of a private file mapping, from a fresh mm. */
	public static Workload sequentialRead(int pages, long faultAroundBytes) {
		List<FollowUp> next = new ArrayList<>();
		for (int i = 1; i < pages; i++)
			next.add(read(i));
		return new Workload("sequential-read-" + pages, "read " + pages + " cached pages one after the other,"
				+ " fault_around_bytes " + faultAroundBytes, machine("pmd none", cached(pages), 0, false,
						faultAroundBytes), next);
	}

	public static List<Workload> standard() {
		int page = ScenarioText.FAULT_PAGE;
		List<FollowUp> twice = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (int i = round == 0 ? 1 : 0; i < 16; i++)
				twice.add(read(i));
			if (round == 0)
				twice.add(new FollowUp.OtherMm());
		}
		return List.of(sequentialRead(64, 65536),
				new Workload("write-after-read", "read a cached page of a private file mapping, then write it",
						machine("pmd table", cached(1, page), page, false, 65536), List.of(write(page))),
				new Workload("private-write", "write a cached page of a private file mapping (COW)",
						machine("pmd table", cached(1, page), page, true, 65536), List.of()),
				new Workload("refault-after-dontneed", "read a page, MADV_DONTNEED, read it again (cache hot)",
						machine("pmd table", cached(16), page, false, 65536),
						List.of(new FollowUp.MadvDontneed(), read(page))),
				new Workload("second-process", "read 16 cached pages, then a second process reads the same pages",
						machine("pmd none", cached(16), 0, false, 65536), twice));
	}

	private static FollowUp read(int page) {
		return new FollowUp.Fault(address(page), READ_FLAGS);
	}

	private static FollowUp write(int page) {
		return new FollowUp.Fault(address(page), READ_FLAGS | WRITE);
	}

	private static long address(int page) {
		return ScenarioText.START + page * 4096L;
	}

	private static String cached(int pages) {
		return cached(pages, 0);
	}

	private static String cached(int pages, int from) {
		StringBuilder s = new StringBuilder();
		for (int i = from; i < from + pages; i++)
			s.append("page index=").append(i).append(" uptodate\n");
		return s.toString();
	}

	private static String machine(String pmd, String cache, int page, boolean write, long faultAroundBytes) {
		return "vma file private start=0x" + Long.toHexString(ScenarioText.START) + " pages=512 size=0x200000"
				+ " flags=read,write,mayread,maywrite\nfault address=0x" + Long.toHexString(address(page))
				+ " flags=user,allow-retry,killable" + (write ? ",write" : "") + "\n" + pmd + "\n" + cache
				+ "ops fault=filemap map_pages=yes page_mkwrite=yes\nfault-around-bytes " + faultAroundBytes + "\n";
	}
}
