package org.faultline.exec.tests;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.RunResult;
import org.faultline.exec.ScenarioParser;

/** A small mm/memory.c over the model's headers, run as the fault path, to test the interpreter's C. */
final class MiniProgram {

	/** An anonymous private VMA with its pmd table present and a user read fault in it. */
	static final String SCENARIO = """
			scenario mini
			vma anon private start=0x7f0000000000 pages=512 flags=read,write,mayread,maywrite
			fault address=0x7f0000003000 flags=user
			pmd table
			""";

	/** {@link #SCENARIO} whose faulting pte holds swap entry 7. */
	static final String SWAPPED = SCENARIO + "pte index=3 swap=7\n";

	private static final String ENTRY_4_6 = """
			static int __handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
					unsigned long address, unsigned int flags)""";

	private MiniProgram() {
	}

	/** Runs {@code body} as the body of __handle_mm_fault(mm, vma, address, flags), as in 4.6. */
	static RunResult run(String helpers, String body) throws Exception {
		return run(SCENARIO, helpers, ENTRY_4_6, body);
	}

	/** The same over the machine a scenario of its own (in the text form) builds. */
	static RunResult run(String scenario, String helpers, String body) throws Exception {
		return run(scenario, helpers, ENTRY_4_6, body);
	}

	/** Runs {@code body} as the body of the fault entry {@code signature} declares. */
	static RunResult runEntry(String helpers, String signature, String body) throws Exception {
		return run(SCENARIO, helpers, signature, body);
	}

	private static RunResult run(String scenario, String helpers, String signature, String body) throws Exception {
		return FaultRun.scenario(ScenarioParser.parse("mini", scenario)).version(version(helpers, signature, body))
				.call();
	}

	/** Runs {@code body} as {@link #run(String, String)} does, with {@code header} as a header memory.c includes. */
	static RunResult runWithHeader(String header, String body) throws Exception {
		return runWithHeader(header, body, UnaryOperator.identity());
	}

	/** The same over the model's headers with include/linux/mm.h edited, for a version whose mm.h differs. */
	static RunResult runWithHeader(String header, String body, UnaryOperator<String> editMmH) throws Exception {
		Map<String, String> files = files("#include <linux/mini.h>\n", ENTRY_4_6, body);
		files.put("include/linux/mini.h", "#include <linux/mm.h>\n" + header);
		files.computeIfPresent("include/linux/mm.h", (path, text) -> editMmH.apply(text));
		return FaultRun.scenario(ScenarioParser.parse("mini", SCENARIO)).version(ModelledSources.version("mini", files))
				.call();
	}

	/** The version {@link #run(String, String)} runs, to run more than once. */
	static ExecutableVersion version(String helpers, String body) throws Exception {
		return version(helpers, ENTRY_4_6, body);
	}

	private static ExecutableVersion version(String helpers, String signature, String body) throws Exception {
		return ModelledSources.version("mini", files(helpers, signature, body));
	}

	private static Map<String, String> files(String helpers, String signature, String body) {
		Map<String, String> files = new HashMap<>();
		ModelledSources.afterFiles().forEach((path, text) -> {
			if (path.startsWith("include/"))
				files.put(path, text);
		});
		files.put("mm/memory.c", "#include <linux/mm.h>\n" + helpers + "\n" + signature + "\n{\n" + body + "\n}\n");
		files.put("mm/filemap.c", "#include <linux/mm.h>\n");
		return files;
	}
}
